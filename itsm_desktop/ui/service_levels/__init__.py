"""The Service Levels page: heatmap, trend, records behind a value, notes on breaches."""
