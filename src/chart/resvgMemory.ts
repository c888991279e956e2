/**
 * resvg-js allocates with mimalloc, which keeps the pages a drawing freed (its tree, fonts and pixels: 10-15 MB a
 * chart) until that thread allocates again some time later, so after a run's charts they stayed resident: 13 MB of a
 * 4,000-document run's RSS, and 50 MB once drawn on a thread of their own (`ChartThread`), which never allocates
 * again. Told to purge freed pages at once, it gives them back as each drawing is freed, for the same pixels. mimalloc
 * reads its options from the process's environment when resvg's library is loaded, so this module is imported before
 * resvg is, on the run's thread (a worker's `process.env` is its own copy); a value the user set is kept.
 */
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
