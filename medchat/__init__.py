"""medchat: the chat's emergency triage and its rules (see TRIAGE_CARD.md)."""
from medchat import triage as triage_module
from medchat.rules import ADVICE, CATEGORIES, CATEGORY_BY_NAME
from medchat.triage import (CRISIS_MESSAGE, EMERGENCY_MESSAGE, MAX_CHARS, POSSIBLE_MESSAGE,
                            emergency_notice, normalise, notice_for, triage, triage_scores)

__all__ = ["ADVICE", "CATEGORIES", "CATEGORY_BY_NAME", "CRISIS_MESSAGE", "EMERGENCY_MESSAGE",
           "MAX_CHARS", "POSSIBLE_MESSAGE", "emergency_notice", "normalise", "notice_for",
           "triage", "triage_module", "triage_scores"]
