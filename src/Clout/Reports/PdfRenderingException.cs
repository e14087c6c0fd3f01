namespace Clout.Reports;

/// <summary>The PDF could not be printed (no Chromium, a time-out, a crash); the message says which and what to set.</summary>
public sealed class PdfRenderingException(string message) : Exception(message);
