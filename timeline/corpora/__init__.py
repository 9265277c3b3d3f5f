"""Corpus readers and writers (TimeML) and the TempEval-3 scorers."""
