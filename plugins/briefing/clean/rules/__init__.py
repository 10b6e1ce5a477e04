"""The default cleaning chain, in order. Each rule lives in its own module with its reasons."""

from .join_hard_wraps import join_hard_wraps

DEFAULT_RULES = [
    ("join_hard_wraps", join_hard_wraps),
]
