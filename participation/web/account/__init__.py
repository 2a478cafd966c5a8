"""Staff accounts: sign-in, two-factor, sign-out."""
