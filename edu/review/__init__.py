"""`edu review`: the screen that accepts, edits or rejects draft facts."""
