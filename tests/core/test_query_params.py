"""Reading a page number or a free text from a query string typed by anyone."""

from django.http import QueryDict

from core.query_params import MAX_PAGE_NUMBER, page_number, text_parameter


def test_a_page_number_past_the_limit_is_the_limit():
    assert page_number("99999999999999999999999999") == MAX_PAGE_NUMBER


def test_a_page_number_below_one_is_the_first_page():
    assert page_number("-99999999999999999999999999") == 1


def test_a_page_number_that_is_no_integer_is_the_first_page():
    assert [page_number(value) for value in (None, "", "1e308", "NaN", "2\x00")] == [1] * 5


def test_text_parameter_drops_nul_bytes():
    assert text_parameter(QueryDict("q=aide%00logement"), "q") == "aidelogement"


def test_text_parameter_is_cut_to_its_length():
    assert text_parameter(QueryDict(f"q=%20{'x' * 300}"), "q", 10) == "x" * 10
