"""The département-scale benchmark: `make bench` (full) and `make bench-ci` (small).

`python -m bench` builds the data set (bench/dataset.py) in the database of
DATABASE_URL, starts gunicorn with the production settings (config/gunicorn.conf.py),
measures each page with wrk (bench/load.py), counts its SQL queries in process
(bench/pages.py) and writes the table under bench/results/ (bench/report.py).
At full scale it measures the searches once more on a server that renders no
template (bench/floor.py).
"""
