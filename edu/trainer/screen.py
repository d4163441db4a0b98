"""The base of the trainer's screens: typed access to the App's TrainerState.

The App imports the screens, so a screen never imports the App: it reads the state through
`self.state` and asks the App to change screens by posting a message (messages.py).
"""

from __future__ import annotations

from textual.screen import Screen

from edu.trainer.state import TrainerState


class TrainerScreen(Screen[None]):
    """A screen of the trainer App."""

    @property
    def state(self) -> TrainerState:
        """The decks, store, options and clock the App holds."""
        state = getattr(self.app, "state", None)
        if not isinstance(state, TrainerState):
            raise TypeError(f"{type(self.app).__name__} holds no TrainerState")
        return state
