using AllianceTracker.Web.Infrastructure.Errors;

namespace AllianceTracker.Web.Tests.Security;

public class ExceptionShapeTests
{
    private const string PatientWords = "Kari vil hjem til katten qx81";

    [Test]
    public void A_logged_exception_names_its_types_and_frames_but_never_its_messages()
    {
        var shape = ExceptionShape.Of(Caught(WrapsAStoreFailure));

        Assert.Multiple(() =>
        {
            Assert.That(shape, Does.StartWith(typeof(InvalidOperationException).FullName!), "the outer type first");
            Assert.That(shape, Does.Contain($" ---> {typeof(ArgumentException).FullName}"), "the inner exception's type");
            Assert.That(shape, Does.Contain(nameof(StoresAValue)).And.Contain(nameof(WrapsAStoreFailure)), "the methods it was thrown from");
            Assert.That(shape, Does.Not.Contain("qx81"), "no message, which may quote patient data");
        });
    }

    private static Exception Caught(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new AssertionException("the action did not throw");
    }

    private static void WrapsAStoreFailure()
    {
        try
        {
            StoresAValue();
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"Storing '{PatientWords}' failed.", e);
        }
    }

    private static void StoresAValue() => throw new ArgumentException($"Cannot store '{PatientWords}'.");
}
