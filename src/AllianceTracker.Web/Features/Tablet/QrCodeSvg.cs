using QRCoder;

namespace AllianceTracker.Web.Features.Tablet;

/// <summary>A QR code drawn on the server as SVG markup, so the page needs no script to show it.</summary>
public static class QrCodeSvg
{
    public static string For(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(6);
    }
}
