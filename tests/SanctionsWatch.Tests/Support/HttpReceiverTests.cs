using System.Net;
using System.Net.Sockets;

namespace SanctionsWatch.Tests.Support;

public class HttpReceiverTests
{
    [Fact]
    public async Task Closing_a_stopped_listener_binds_its_port_again_so_the_receiver_only_closes()
    {
        // The platform behaviour behind a CI failure: Stop() unregisters the port, Close() then registers it again to
        // unregister it, and fails when another socket took the port in between.
        var (listener, port) = HttpReceiver.StartOnFreePort();
        listener.Stop();
        using (var other = new TcpListener(IPAddress.Loopback, port))
        {
            other.Start();
            Assert.Throws<HttpListenerException>(listener.Close);
        }

        // A receiver serves, then is disposed while another socket waits to take its port the moment it is free.
        var receiver = new HttpReceiver((_, response) => HttpReceiver.Answer(response, 204));
        using (var client = new HttpClient())
            Assert.Equal(HttpStatusCode.NoContent, (await client.GetAsync(receiver.Url("x"))).StatusCode);
        receiver.Dispose();
        using var taker = new TcpListener(IPAddress.Loopback, receiver.Port);
        taker.Start(); // the port was released by the one Close()
    }
}
