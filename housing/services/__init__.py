"""The registry's rules, by subject: the staff's review of a listing (review), keeping the
registry fresh (freshness) and the students' saved searches (saved_searches)."""
