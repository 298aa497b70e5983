using CsCheck;

namespace Rubric.Engine.Tests.Scoring;

public class PointsSumTests
{
    private static readonly Gen<decimal> GenValue = Gen.Frequency(
        (8, Gen.Int[0, 2_000].Select(Gen.Int[0, 4], static (units, scale) => new decimal(units, 0, 0, false, (byte)scale))),
        (1, Gen.Const(0.0m)),
        (1, Gen.Const(-0.0m)),
        (1, Gen.Int[0, 50].Select(static n => -n * 0.5m)),
        (1, Gen.Int[0, 4].Select(static scale => new decimal(-1, -1, 0, false, (byte)scale))),
        (1, Gen.Int[0, 9].Select(static n => n / 3m)),
        (1, Gen.Const(4_000_000_000m)));

    [Fact]
    public void NotBelowZero_RandomValues_SameBitsAsDecimalAddition()
    {
        Gen.Bool.Array[1, 12].Select(GenValue.Array[0, 12], static (usePacked, values) => (usePacked, values)).Sample(c =>
        {
            var reference = 0m;
            foreach (var value in c.values)
            {
                reference += value;
            }

            reference = Math.Max(0m, reference);
            var packed = c.values.Select((v, i) => c.usePacked[i % c.usePacked.Length] ? PointsSum.Pack(v) : PointsSum.Unknown).ToArray();

            var sum = PointsSum.NotBelowZero(c.values, packed, out var sumPacked);

            Assert.Equal(decimal.GetBits(reference), decimal.GetBits(sum));
            Assert.True(sumPacked == PointsSum.Unknown || sumPacked == PointsSum.Pack(sum), "a packed sum is the sum packed");
        }, iter: 2_000);
    }

    [Fact]
    public void NotBelowZero_AllZeroWithScale_IsPlainZero()
    {
        var sum = PointsSum.NotBelowZero([0.0m, 0.00m], [PointsSum.Pack(0.0m), PointsSum.Pack(0.00m)], out var packed);

        Assert.Equal(decimal.GetBits(0m), decimal.GetBits(sum));
        Assert.Equal(0L, packed);
    }

    [Fact]
    public void NotBelowZero_MixedScales_KeepsTheLargest()
    {
        decimal[] values = [1m, 0.5m, 0.25m];

        var sum = PointsSum.NotBelowZero(values, [.. values.Select(PointsSum.Pack)], out _);

        Assert.Equal("1.75", sum.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0.0000000001")]
    [InlineData("5000000000")]
    public void Pack_ValueOutsideWholeUnits_Unknown(string value) =>
        Assert.Equal(PointsSum.Unknown, PointsSum.Pack(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Pack_NegativeZero_Unknown() => Assert.Equal(PointsSum.Unknown, PointsSum.Pack(-0.0m));
}
