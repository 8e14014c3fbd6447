# Methods of builtin types as values (key=str.lower, map(str.upper, ...)),
# and builtin types printed as classes.
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=str.lower), max(words, key=str.upper), min(words, key=str.casefold))
strip = str.strip
print(strip("  x  "), list(map(str.upper, words)), list(map(str.split, ["a b", "c"])))
print(list(map(int.bit_length, [1, 255, True])), sorted([[3, 1], [2]], key=len))
print(str, int, float, list, dict, tuple, bool, len)
print(str.upper("mixed Case"), str.join("-", ["a", "b"]), list.copy([1, 2]))
print(str.lower(5))   # TypeError: descriptor 'lower' for 'str' objects ...
