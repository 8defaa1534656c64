using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AllianceTracker.Web.Tests.Infrastructure;

/// <summary>
/// A minimal SMTP server on a loopback port, speaking just enough (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) for
/// MailKit without TLS or sign-in. It keeps every message it accepts and counts connections. Stopped, its port refuses
/// connections like a mail server that is down; started again, it listens on the same port. A recipient it is told to
/// refuse gets "550 mailbox unavailable", which quotes the address as real servers do.
/// </summary>
public sealed class LoopbackSmtpServer : IDisposable
{
    private readonly ConcurrentQueue<ReceivedMail> _messages = new();
    private readonly ConcurrentDictionary<string, bool> _refused = new(StringComparer.OrdinalIgnoreCase);
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;
    private int _connections;

    private LoopbackSmtpServer(int port) => Port = port;

    public int Port { get; }

    public int Connections => Volatile.Read(ref _connections);

    public IReadOnlyList<ReceivedMail> Messages => _messages.ToList();

    /// <summary>A server listening on a free loopback port.</summary>
    public static LoopbackSmtpServer Start()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var server = new LoopbackSmtpServer(port);
        server.Listen();
        return server;
    }

    public void Refuse(string recipient) => _refused[recipient] = true;

    public void Accept(string recipient) => _refused.TryRemove(recipient, out _);

    public void Listen()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _stop.Token);
    }

    public void Stop()
    {
        _stop?.Cancel();
        _stop?.Dispose();
        _stop = null;
        _listener?.Stop();
        _listener = null;
    }

    public void Dispose() => Stop();

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = ServeAsync(client, stop);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stop)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost test SMTP");
        string? from = null;
        var recipients = new List<string>();
        while (!stop.IsCancellationRequested && await reader.ReadLineAsync(stop) is { } line)
        {
            var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (command)
            {
                case "EHLO":
                    // no extensions: MailKit then sends 7-bit text, which this server reads as ASCII
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "HELO":
                case "NOOP":
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RSET":
                    from = null;
                    recipients.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "MAIL":
                    from = Address(line);
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT" when _refused.ContainsKey(Address(line)):
                    await writer.WriteLineAsync($"550 5.1.1 <{Address(line)}>: mailbox unavailable");
                    break;
                case "RCPT":
                    recipients.Add(Address(line));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    _messages.Enqueue(new ReceivedMail(from ?? "", recipients.ToList(), await ReadDataAsync(reader, stop)));
                    recipients.Clear();
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("502 Command not implemented");
                    break;
            }
        }
    }

    private static async Task<string> ReadDataAsync(StreamReader reader, CancellationToken stop)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(stop) is { } line && line != ".")
        {
            // a line starting with a dot was dot-stuffed by the client
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        return data.ToString();
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<');
        var end = line.IndexOf('>', start + 1);
        return start >= 0 && end > start ? line[(start + 1)..end] : "";
    }
}

/// <summary>One message as the server received it: the envelope and the raw MIME text.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> Recipients, string Data);
