using System.Text;

namespace AllianceTracker.Web.Infrastructure.Errors;

/// <summary>
/// An unexpected exception as it may be logged: the type and stack frames of it and of each inner exception, so that
/// operators can find where it was thrown, but never a message, which may quote patient data or stored values.
/// </summary>
public static class ExceptionShape
{
    public static string Of(Exception exception)
    {
        var shape = new StringBuilder();
        for (Exception? cause = exception; cause is not null; cause = cause.InnerException)
        {
            shape.Append(cause == exception ? "" : " ---> ").AppendLine(cause.GetType().FullName).AppendLine(cause.StackTrace);
        }

        return shape.ToString();
    }
}
