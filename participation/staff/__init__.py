"""Staff pages: sign-in, reviews, sessions, prompts, presenter screen."""
