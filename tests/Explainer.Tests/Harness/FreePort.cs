using System.Net;
using System.Net.Sockets;

namespace Explainer.Tests.Harness;

internal static class FreePort
{
    /// <summary>A loopback port the OS considers free right now.</summary>
    public static int Pick()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
