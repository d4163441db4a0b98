"""Quiz items: the ways of asking about facts. One module per item kind."""
