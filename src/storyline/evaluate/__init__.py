"""storyline eval: scores on the public gold data in ../shared/eval."""
