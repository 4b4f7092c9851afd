from wagtail import hooks

from pagecache.middleware import mark_page_for_cache

hooks.register("before_serve_page", mark_page_for_cache)
