"""Qt item models that adapt the store; the store keeps the data."""
