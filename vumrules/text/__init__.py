"""Heuristics on Danish free text (SMART goals, selvbærende vurdering).

Pure functions over strings: no case model, no I/O. Rules call these and turn the results
into located findings.
"""
