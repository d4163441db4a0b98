"""The Textual trainer: home, quiz, flashcards, stats. Import `edu.trainer.app` for the App."""
