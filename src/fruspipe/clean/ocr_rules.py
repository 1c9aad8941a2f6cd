"""Cleaning rules for scanned, OCR'd text (placeholder: filled in by the OCR work)."""
from __future__ import annotations

from .rule import Rule

OCR_RULES: tuple[Rule, ...] = ()
QUOTE_RULES: tuple[Rule, ...] = ()
