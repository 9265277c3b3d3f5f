"""Language resources (rules, lexicons) as data files, one folder per language."""
