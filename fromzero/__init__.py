"""From Zero: learn AI from the very first number to your own GPT."""

__version__ = "0.1.0"
