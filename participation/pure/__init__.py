"""Pure layer: plain data in, plain data out. No Flask, no database."""
