/// `prospectus report`: what the offer holds for each staff group and career stage, who can attend
/// it and when, where it falls short, and (from the trust's form downloads) who it reached.
public enum ReportModule {}
