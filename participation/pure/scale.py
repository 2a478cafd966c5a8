"""The five-point face scale young people answer on: its words, the same on every page and in every pack."""

SCALE_LABELS = {1: "Really bad", 2: "Bad", 3: "OK", 4: "Good", 5: "Really good"}
