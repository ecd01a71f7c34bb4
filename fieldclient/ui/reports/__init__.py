"""The reports sent up as the screens and files show them."""
