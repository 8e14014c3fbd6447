/* test_lexer.c — token streams of the lexer: INDENT/DEDENT and tabs,
 * blank lines and comments, continuation lines, implicit joining, every
 * string prefix, numbers, operators, soft keywords, the parenthesized-with
 * lookahead, and lexical errors with their positions.  Each case is an
 * input beside the expected `LINE:COL KIND 'text'` dump (or its error). */
#include "tests/frontend/frontend_test.h"

static void test_indent(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "if x:\n"
        "    y\n"
        "    if z:\n"
        "        w\n"
        "v\n",
        "1:1 if 'if'\n"
        "1:4 NAME 'x'\n"
        "1:5 ':' ':'\n"
        "1:6 NEWLINE\n"
        "2:1 INDENT\n"
        "2:5 NAME 'y'\n"
        "2:6 NEWLINE\n"
        "3:5 if 'if'\n"
        "3:8 NAME 'z'\n"
        "3:9 ':' ':'\n"
        "3:10 NEWLINE\n"
        "4:1 INDENT\n"
        "4:9 NAME 'w'\n"
        "4:10 NEWLINE\n"
        "5:1 DEDENT\n"
        "5:1 DEDENT\n"
        "5:1 NAME 'v'\n"
        "5:2 NEWLINE\n"
        "6:1 ENDMARKER\n");
}

static void test_tabs(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "if x:\n"
        "\ty\n"
        "\tif z:\n"
        "\t\tw\n",
        "1:1 if 'if'\n"
        "1:4 NAME 'x'\n"
        "1:5 ':' ':'\n"
        "1:6 NEWLINE\n"
        "2:1 INDENT\n"
        "2:2 NAME 'y'\n"
        "2:3 NEWLINE\n"
        "3:2 if 'if'\n"
        "3:5 NAME 'z'\n"
        "3:6 ':' ':'\n"
        "3:7 NEWLINE\n"
        "4:1 INDENT\n"
        "4:3 NAME 'w'\n"
        "4:4 NEWLINE\n"
        "5:1 DEDENT\n"
        "5:1 DEDENT\n"
        "5:1 ENDMARKER\n");
}

static void test_blank_and_comments(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "x = 1  # c\n"
        "\n"
        "   # indented comment\n"
        "\n"
        "y\n",
        "1:1 NAME 'x'\n"
        "1:3 '=' '='\n"
        "1:5 NUMBER '1'\n"
        "1:11 NEWLINE\n"
        "5:1 NAME 'y'\n"
        "5:2 NEWLINE\n"
        "6:1 ENDMARKER\n");
}

static void test_continuation(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "x = 1 + \\\n"
        "    2\n",
        "1:1 NAME 'x'\n"
        "1:3 '=' '='\n"
        "1:5 NUMBER '1'\n"
        "1:7 '+' '+'\n"
        "2:5 NUMBER '2'\n"
        "2:6 NEWLINE\n"
        "3:1 ENDMARKER\n");
}

static void test_implicit_join(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "f(a,\n"
        "\n"
        "  b\n"
        "   )\n"
        "[1,\n"
        "2]\n",
        "1:1 NAME 'f'\n"
        "1:2 '(' '('\n"
        "1:3 NAME 'a'\n"
        "1:4 ',' ','\n"
        "3:3 NAME 'b'\n"
        "4:4 ')' ')'\n"
        "4:5 NEWLINE\n"
        "5:1 '[' '['\n"
        "5:2 NUMBER '1'\n"
        "5:3 ',' ','\n"
        "6:1 NUMBER '2'\n"
        "6:2 ']' ']'\n"
        "6:3 NEWLINE\n"
        "7:1 ENDMARKER\n");
}

static void test_string_prefixes(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "r'a' u'b' R\"c\" U'd' f'e' F'g' b'h' B'i' br'j' Rb'k' bR'l' rB'm' fr'n' Rf'o' fR'p' rF'q'\n",
        "1:1 STRING 'r'a''\n"
        "1:6 STRING 'u'b''\n"
        "1:11 STRING 'R\"c\"'\n"
        "1:16 STRING 'U'd''\n"
        "1:21 STRING 'f'e''\n"
        "1:26 STRING 'F'g''\n"
        "1:31 STRING 'b'h''\n"
        "1:36 STRING 'B'i''\n"
        "1:41 STRING 'br'j''\n"
        "1:47 STRING 'Rb'k''\n"
        "1:53 STRING 'bR'l''\n"
        "1:59 STRING 'rB'm''\n"
        "1:65 STRING 'fr'n''\n"
        "1:71 STRING 'Rf'o''\n"
        "1:77 STRING 'fR'p''\n"
        "1:83 STRING 'rF'q''\n"
        "1:88 NEWLINE\n"
        "2:1 ENDMARKER\n");
}

static void test_triple_quotes(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "'''a\n"
        "'b'\n"
        "''' \"\"\"c\"\"\" x\n",
        "1:1 STRING ''''a\n"
        "'b'\n"
        "''''\n"
        "3:5 STRING '\"\"\"c\"\"\"'\n"
        "3:13 NAME 'x'\n"
        "3:14 NEWLINE\n"
        "4:1 ENDMARKER\n");
}

static void test_numbers(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "0 00 1_000 0xFF 0o17 0B1 1.5 1. .5 1e5 1E-5 1_0.0_1e+1_0 3j 2.5J 0x1for\n",
        "1:1 NUMBER '0'\n"
        "1:3 NUMBER '00'\n"
        "1:6 NUMBER '1_000'\n"
        "1:12 NUMBER '0xFF'\n"
        "1:17 NUMBER '0o17'\n"
        "1:22 NUMBER '0B1'\n"
        "1:26 NUMBER '1.5'\n"
        "1:30 NUMBER '1.'\n"
        "1:33 NUMBER '.5'\n"
        "1:36 NUMBER '1e5'\n"
        "1:40 NUMBER '1E-5'\n"
        "1:45 NUMBER '1_0.0_1e+1_0'\n"
        "1:58 NUMBER '3j'\n"
        "1:61 NUMBER '2.5J'\n"
        "1:66 NUMBER '0x1f'\n"
        "1:70 or 'or'\n"
        "1:72 NEWLINE\n"
        "2:1 ENDMARKER\n");
}

static void test_operators(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "a += b -= c *= d @= e /= f %= g **= h //= i >>= j <<= k &= l ^= m |= n\n"
        "-> := ... == != <= >= << >> ** // ~\n",
        "1:1 NAME 'a'\n"
        "1:3 AUGASSIGN '+='\n"
        "1:6 NAME 'b'\n"
        "1:8 AUGASSIGN '-='\n"
        "1:11 NAME 'c'\n"
        "1:13 AUGASSIGN '*='\n"
        "1:16 NAME 'd'\n"
        "1:18 AUGASSIGN '@='\n"
        "1:21 NAME 'e'\n"
        "1:23 AUGASSIGN '/='\n"
        "1:26 NAME 'f'\n"
        "1:28 AUGASSIGN '%='\n"
        "1:31 NAME 'g'\n"
        "1:33 AUGASSIGN '**='\n"
        "1:37 NAME 'h'\n"
        "1:39 AUGASSIGN '//='\n"
        "1:43 NAME 'i'\n"
        "1:45 AUGASSIGN '>>='\n"
        "1:49 NAME 'j'\n"
        "1:51 AUGASSIGN '<<='\n"
        "1:55 NAME 'k'\n"
        "1:57 AUGASSIGN '&='\n"
        "1:60 NAME 'l'\n"
        "1:62 AUGASSIGN '^='\n"
        "1:65 NAME 'm'\n"
        "1:67 AUGASSIGN '|='\n"
        "1:70 NAME 'n'\n"
        "1:71 NEWLINE\n"
        "2:1 -> '->'\n"
        "2:4 := ':='\n"
        "2:7 ... '...'\n"
        "2:11 == '=='\n"
        "2:14 != '!='\n"
        "2:17 <= '<='\n"
        "2:20 >= '>='\n"
        "2:23 << '<<'\n"
        "2:26 >> '>>'\n"
        "2:29 ** '**'\n"
        "2:32 // '//'\n"
        "2:35 '~' '~'\n"
        "2:36 NEWLINE\n"
        "3:1 ENDMARKER\n");
}

static void test_soft_keywords(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "match x:\n"
        "    case 1:\n"
        "        match = case\n"
        "match(a).b = 2\n",
        "1:1 match 'match'\n"
        "1:7 NAME 'x'\n"
        "1:8 ':' ':'\n"
        "1:9 NEWLINE\n"
        "2:1 INDENT\n"
        "2:5 case 'case'\n"
        "2:10 NUMBER '1'\n"
        "2:11 ':' ':'\n"
        "2:12 NEWLINE\n"
        "3:1 INDENT\n"
        "3:9 NAME 'match'\n"
        "3:15 '=' '='\n"
        "3:17 NAME 'case'\n"
        "3:21 NEWLINE\n"
        "4:1 DEDENT\n"
        "4:1 DEDENT\n"
        "4:1 NAME 'match'\n"
        "4:6 '(' '('\n"
        "4:7 NAME 'a'\n"
        "4:8 ')' ')'\n"
        "4:9 '.' '.'\n"
        "4:10 NAME 'b'\n"
        "4:12 '=' '='\n"
        "4:14 NUMBER '2'\n"
        "4:15 NEWLINE\n"
        "5:1 ENDMARKER\n");
}

static void test_with_paren(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "with (a as b, c):\n"
        "    pass\n"
        "with (a, b):\n"
        "    pass\n",
        "1:1 with 'with'\n"
        "1:6 WITH_LPAREN '('\n"
        "1:7 NAME 'a'\n"
        "1:9 as 'as'\n"
        "1:12 NAME 'b'\n"
        "1:13 ',' ','\n"
        "1:15 NAME 'c'\n"
        "1:16 ')' ')'\n"
        "1:17 ':' ':'\n"
        "1:18 NEWLINE\n"
        "2:1 INDENT\n"
        "2:5 pass 'pass'\n"
        "2:9 NEWLINE\n"
        "3:1 DEDENT\n"
        "3:1 with 'with'\n"
        "3:6 '(' '('\n"
        "3:7 NAME 'a'\n"
        "3:8 ',' ','\n"
        "3:10 NAME 'b'\n"
        "3:11 ')' ')'\n"
        "3:12 ':' ':'\n"
        "3:13 NEWLINE\n"
        "4:1 INDENT\n"
        "4:5 pass 'pass'\n"
        "4:9 NEWLINE\n"
        "5:1 DEDENT\n"
        "5:1 ENDMARKER\n");
}

static void test_nonascii_ident(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "\303\251t\303\251 = \345\217\230\351\207\217\n",
        "1:1 NAME '\303\251t\303\251'\n"
        "1:7 '=' '='\n"
        "1:9 NAME '\345\217\230\351\207\217'\n"
        "1:15 NEWLINE\n"
        "2:1 ENDMARKER\n");
}

static void test_no_final_newline(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "x",
        "1:1 NAME 'x'\n"
        "1:2 NEWLINE\n"
        "1:2 ENDMARKER\n");
}

static void test_fstring(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "f'{a!r:>{w}}' rf\"{b}\\n\"\n",
        "1:1 STRING 'f'{a!r:>{w}}''\n"
        "1:15 STRING 'rf\"{b}\\n\"'\n"
        "1:24 NEWLINE\n"
        "2:1 ENDMARKER\n");
}

static void test_inconsistent_tabs(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "if 1:\n"
        "\tx\n"
        "        y\n",
        "ERROR 3:1: error: inconsistent use of tabs and spaces in indentation");
}

static void test_unindent(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "if x:\n"
        "    a\n"
        "  b\n",
        "ERROR 3:1: error: unindent does not match any outer indentation level");
}

static void test_too_many_parens(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n",
        "ERROR 1:201: error: too many nested parentheses");
}

static void test_unterminated(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "x = 'abc\n",
        "ERROR 1:5: error: unterminated string literal (detected at line 1)");
}

static void test_bad_char(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "x = 1 ? 2\n",
        "ERROR 1:7: error: invalid syntax");
}

static void test_euro(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "\342\202\254 = 1\n",
        "ERROR 1:1: error: invalid character '\342\202\254' (U+20AC)");
}

static void test_leading_zero(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "x = 012\n",
        "ERROR 1:5: error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
}

static void test_continuation_junk(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "x = 1 \\ 2\n",
        "ERROR 1:8: error: unexpected character after line continuation character");
}

static void test_never_closed(void **state)
{
    (void)state;
    ft_assert_output(FT_TOKENS,
        "foo(1,\n"
        "  2\n",
        "ERROR 1:4: error: '(' was never closed");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_indent),
        cmocka_unit_test(test_tabs),
        cmocka_unit_test(test_blank_and_comments),
        cmocka_unit_test(test_continuation),
        cmocka_unit_test(test_implicit_join),
        cmocka_unit_test(test_string_prefixes),
        cmocka_unit_test(test_triple_quotes),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_operators),
        cmocka_unit_test(test_soft_keywords),
        cmocka_unit_test(test_with_paren),
        cmocka_unit_test(test_nonascii_ident),
        cmocka_unit_test(test_no_final_newline),
        cmocka_unit_test(test_fstring),
        cmocka_unit_test(test_inconsistent_tabs),
        cmocka_unit_test(test_unindent),
        cmocka_unit_test(test_too_many_parens),
        cmocka_unit_test(test_unterminated),
        cmocka_unit_test(test_bad_char),
        cmocka_unit_test(test_euro),
        cmocka_unit_test(test_leading_zero),
        cmocka_unit_test(test_continuation_junk),
        cmocka_unit_test(test_never_closed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
