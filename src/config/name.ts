// The configuration file's name, apart from its loader: finding input files needs the name only.

export const CONFIG_FILE = 'vanban.config.yaml';
