package dev.smppkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.smppkit.codec.CommandId;
import dev.smppkit.codec.RegisteredDelivery;
import dev.smppkit.codec.pdu.Bind;
import dev.smppkit.codec.pdu.BindType;
import dev.smppkit.codec.pdu.DeliverSmResp;
import dev.smppkit.codec.pdu.PduCodec;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How many submit_sm per second the simulator serves on its one event loop, against pipelining ESMEs that keep a
 * window of requests in flight. The ESME side is kept lean (pre-encoded submits, responses only framed and counted)
 * so that the simulator is what is measured. Off by default; run with
 * {@code ./mvnw -o -pl smpp-testkit test -Dtest=ThroughputBenchmark -Dsmppkit.bench=true -Dsurefire.leakLevel=disabled}
 * or as a main.
 */
@EnabledIfSystemProperty(named = "smppkit.bench", matches = "true")
class ThroughputBenchmark {
    private static final int WARMUP_SECONDS = 5;
    private static final int MEASURE_SECONDS = 10;

    @Test
    void submitSmPerSecond() throws Exception {
        for (int[] run : new int[][] {{1, 100}, {1, 500}, {1, 1000}, {4, 250}}) {
            double rate = measure(run[0], run[1], false, false);
            assertThat(rate).isPositive();
        }
        measure(1, 500, true, false);
        measure(1, 500, false, true);
    }

    public static void main(String[] args) throws Exception {
        List<String> flags = List.of(args).subList(2, args.length);
        measure(
                Integer.parseInt(args[0]),
                Integer.parseInt(args[1]),
                flags.contains("traffic"),
                flags.contains("receipts"));
    }

    /**
     * Runs one measurement and prints it; returns submit_sm/s. With {@code receipts}, every submit asks for a receipt,
     * which the ESME answers, so the simulator also sends a deliver_sm and reads a deliver_sm_resp per submit.
     */
    static double measure(int connections, int window, boolean recordTraffic, boolean receipts) throws Exception {
        EventLoopGroup clients = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try (SmscSimulator smsc =
                SmscSimulator.builder().recordTraffic(recordTraffic).start()) {
            LongAdder responses = new LongAdder();
            List<Channel> channels = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                channels.add(new Bootstrap()
                        .group(clients)
                        .channel(NioSocketChannel.class)
                        .option(ChannelOption.TCP_NODELAY, true)
                        .handler(new ChannelInitializer<>() {
                            @Override
                            protected void initChannel(Channel ch) {
                                ch.pipeline()
                                        .addLast(new LengthFieldBasedFrameDecoder(65536, 0, 4, -4, 0))
                                        .addLast(new WindowedEsme(window, receipts, responses));
                            }
                        })
                        .connect(smsc.host(), smsc.port())
                        .sync()
                        .channel());
            }
            TimeUnit.SECONDS.sleep(WARMUP_SECONDS);
            long start = System.nanoTime();
            long before = responses.sum();
            TimeUnit.SECONDS.sleep(MEASURE_SECONDS);
            long served = responses.sum() - before;
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = served / seconds;
            System.out.printf(
                    "simulator (%s, 1 event loop, traffic %s, receipts %s): %d connection(s) x window %d -> %,.0f"
                            + " submit_sm/s (%,d in %.1f s; store %,d)%n",
                    SmscSimulator.transport(),
                    recordTraffic ? "on" : "off",
                    receipts ? "on" : "off",
                    connections,
                    window,
                    rate,
                    served,
                    seconds,
                    smsc.messages().size());
            channels.forEach(Channel::close);
            return rate;
        } finally {
            clients.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    /** Binds, then keeps {@code window} submits in flight: one new submit for each response. */
    private static final class WindowedEsme extends ChannelInboundHandlerAdapter {
        private final int window;
        private final boolean receipts;
        private final LongAdder responses;
        private final BindType bindType;
        private ByteBuf template;
        private ByteBuf receiptAnswer;
        private int sequence = 1;
        private boolean pendingFlush;

        WindowedEsme(int window, boolean receipts, LongAdder responses) {
            this.window = window;
            this.receipts = receipts;
            this.responses = responses;
            this.bindType = receipts ? BindType.TRANSCEIVER : BindType.TRANSMITTER;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            RegisteredDelivery rd = receipts ? RegisteredDelivery.RECEIPT : RegisteredDelivery.NONE;
            template = PduCodec.encode(
                    Pdus.submit("447700900001", "hello", rd).withSequenceNumber(1), ByteBufAllocator.DEFAULT);
            receiptAnswer =
                    PduCodec.encode(DeliverSmResp.builder().build().withSequenceNumber(1), ByteBufAllocator.DEFAULT);
            Bind bind = Bind.builder(bindType).systemId("bench").build().withSequenceNumber(1);
            ctx.writeAndFlush(PduCodec.encode(bind, ctx.alloc()));
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf frame = (ByteBuf) msg;
            int commandId = frame.getInt(4);
            int status = frame.getInt(8);
            int frameSequence = frame.getInt(12);
            frame.release();
            if (status != 0) {
                throw new IllegalStateException(
                        "status " + status + " for command 0x" + Integer.toHexString(commandId));
            }
            if (commandId == CommandId.DELIVER_SM.value()) {
                ByteBuf answer = ctx.alloc().ioBuffer(receiptAnswer.readableBytes());
                answer.writeBytes(receiptAnswer, receiptAnswer.readerIndex(), receiptAnswer.readableBytes());
                answer.setInt(12, frameSequence);
                ctx.write(answer, ctx.voidPromise());
            } else if (commandId == bindType.responseId().value()) {
                for (int i = 0; i < window; i++) {
                    submit(ctx);
                }
            } else {
                responses.increment();
                submit(ctx);
            }
            pendingFlush = true;
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            if (pendingFlush) {
                pendingFlush = false;
                ctx.flush();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            template.release();
            receiptAnswer.release();
        }

        private void submit(ChannelHandlerContext ctx) {
            ByteBuf pdu = ctx.alloc().ioBuffer(template.readableBytes());
            pdu.writeBytes(template, template.readerIndex(), template.readableBytes());
            sequence = sequence == Integer.MAX_VALUE ? 1 : sequence + 1;
            pdu.setInt(12, sequence);
            ctx.write(pdu, ctx.voidPromise());
        }
    }
}
