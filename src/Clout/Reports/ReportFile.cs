namespace Clout.Reports;

/// <summary>A report as a file to hand over: its bytes, content type and a download name.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName);
