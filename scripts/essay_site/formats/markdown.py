"""stub"""
from __future__ import annotations
from .plain import parse
