"""The project's folders, so a test module can sit at any depth under tests/."""

from pathlib import Path

# tests/support/paths.py -> tests/support -> tests -> the project.
ROOT = Path(__file__).resolve().parents[2]
