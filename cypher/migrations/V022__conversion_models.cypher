// Conversion models are read newest first.
CREATE INDEX conversion_model_trained IF NOT EXISTS FOR (m:ConversionModel) ON (m.trainedAt);
