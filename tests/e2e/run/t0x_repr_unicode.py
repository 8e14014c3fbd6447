# repr() of strings with non-printable Unicode: format chars, unassigned code points, tags, separators.
print(repr("\u2066isolate\u2069"), repr("\u0378"), repr("flag\U000e0067\U000e0062"), repr("\uffff\ufffe"))
print(repr("\u061c\u0600\u06dd\u180e"), repr("\U0001d173"), repr("\u2028\u2029\u3000\u1680"), repr("\u00a0\u00ad"))
print(repr("\U0010ffff"), repr("\U000f0000"), repr("\ue000"), repr("\U0001f600\u0301\u200d"), repr("\x85\x9f"))
print(repr("\u0590\u05c8\u05ff"), repr("\U00030000\U0003134a\U0003134b"), repr("\ufeff\ufff9"))
print(len("\u2066\u0378\U000e0067"), "\u00e9" < "\u2066")
