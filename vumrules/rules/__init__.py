"""Rule packs shipped with vumrules. Each pack is a plugin module registering its rules
through the public ``vumrules_rules`` hook; each rule lives in its own module named by its
code, with its documentation and examples beside the check."""
