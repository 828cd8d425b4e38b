// The Graph Data Science version, or an error when the plugin is missing.
// Returns: version.
RETURN gds.version() AS version
