using System.Diagnostics;

namespace Rubric.Cli.Tests.Support;

/// <summary>
/// LibreOffice Calc run headless: recalculates a workbook and exports it as CSV, so the template's
/// formulas are checked by a real spreadsheet engine. eng/check-sheet-formulas.sh installs it
/// (Debian's libreoffice-calc-nogui) and sets RUBRIC_REQUIRE_LIBREOFFICE=1, so that there a
/// missing soffice fails instead of skipping.
/// </summary>
internal static class LibreOffice
{
    public static string? Soffice { get; } = Find();

    public static bool Required => Environment.GetEnvironmentVariable("RUBRIC_REQUIRE_LIBREOFFICE") == "1";

    /// <summary>Converts a workbook to UTF-8 CSV (the first sheet, values as computed) and reads it back as import does.</summary>
    public static IReadOnlyList<string?[]> RecalculatedRows(string xlsx, TempFolder folder)
    {
        var soffice = Soffice ?? throw new InvalidOperationException("soffice is not installed.");

        // A profile of its own: a second instance sharing the user's would hand the work to the first and exit.
        var profile = new Uri(folder.File("lo-profile")).AbsoluteUri;
        var start = new ProcessStartInfo(soffice)
        {
            ArgumentList = { "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder.Path, xlsx },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("soffice did not finish converting " + xlsx);
        }

        var csv = Path.ChangeExtension(xlsx, ".csv");
        Assert.True(File.Exists(csv), $"soffice wrote no CSV (exit {process.ExitCode}): {output.Result} {error.Result}");
        return Rubric.Cli.Sheets.SheetReader.Read(csv);
    }

    private static string? Find()
    {
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, "soffice");
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs LibreOffice: skipped, with the reason, where it is not installed and not required.</summary>
internal sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Soffice is null && !LibreOffice.Required)
        {
            Skip = "LibreOffice (soffice) is not installed here; eng/check-sheet-formulas.sh installs it and runs this test.";
        }
    }
}
