# String literals holding bidi controls, C1 controls and invisible format characters, also as globals.
RLO = "a\u202eb"
G: str = "\u2066x\u2069\x85"


def show(s: str) -> None:
    print(repr(s), len(s))


show(RLO)
show(G)
show("\u200b\u200f\ufeff\U000e0041\xad\x9b")
print(RLO + G == "a\u202eb\u2066x\u2069\x85", "\u061c" < "\u202a")
print("visible\u00e9\u4e2d\U0001f600", len("\u2028\u2029"))
