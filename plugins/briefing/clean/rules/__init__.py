"""The default cleaning chain, in order. Each rule lives in its own module with its reasons.

Repairs to the words come first (wraps, mojibake, splices, lost spaces), so the removal rules that
follow judge finished text and a second cleaning finds nothing new; quotes, the off-topic test and
sub-headings come last, once only the story is left.
"""

from .balance_quotes import balance_quotes
from .drop_duplicate_paragraphs import drop_duplicate_paragraphs
from .fix_mojibake import fix_mojibake
from .join_hard_wraps import join_hard_wraps
from .mark_subheadings import mark_subheadings
from .remove_bylines import remove_bylines
from .remove_captions import remove_captions
from .remove_headline_lists import remove_headline_lists
from .remove_off_topic import remove_off_topic
from .remove_page_chrome import remove_page_chrome
from .remove_promo_links import remove_promo_links
from .remove_trailing_tags import remove_trailing_tags
from .split_run_together import split_run_together
from .unsplice_headlines import unsplice_headlines

DEFAULT_RULES = [
    ("join_hard_wraps", join_hard_wraps),
    ("fix_mojibake", fix_mojibake),
    ("unsplice_headlines", unsplice_headlines),
    ("split_run_together", split_run_together),
    ("remove_headline_lists", remove_headline_lists),
    ("remove_promo_links", remove_promo_links),
    ("remove_bylines", remove_bylines),
    ("remove_captions", remove_captions),
    ("remove_page_chrome", remove_page_chrome),
    ("remove_trailing_tags", remove_trailing_tags),
    ("drop_duplicate_paragraphs", drop_duplicate_paragraphs),
    ("balance_quotes", balance_quotes),
    ("remove_off_topic", remove_off_topic),
    ("mark_subheadings", mark_subheadings),
]
