// The names of vanban's own files, apart from the code that reads them: finding input files and
// the command line need the names only.

export const CONFIG_FILE = 'vanban.config.yaml';

/** Where `vanban validate --cache` keeps its results, in the working folder unless --cache-location. */
export const CACHE_FILE = '.vanbancache';
