"""The theme board: suggested and confirmed themes on approved answers, emerging groups, starred quotes."""
