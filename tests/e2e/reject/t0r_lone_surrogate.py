# ERROR: 2:5: unsupported: lone surrogate in a string literal
s = "ab\ud800"
print(len(s))
