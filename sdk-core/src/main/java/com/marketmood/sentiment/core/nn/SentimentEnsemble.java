package com.marketmood.sentiment.core.nn;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import com.marketmood.sentiment.core.text.TokenVocabulary;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several {@link SentimentNetwork}s over the same vocabularies whose bullish logits are averaged.
 *
 * <p>Input: the arrays of {@link InputLayout}; each member reads its part of them (words or words
 * and bigrams, forwards or backwards). Output: the mean of the members' logits, shape (batch, 1).
 * Each member is trained on its own; members that read their input differently (words only, words
 * and bigrams) make different mistakes, which the average cancels.
 */
public final class SentimentEnsemble extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final byte FORMAT = 3;
    private static final byte HALF = 0;
    private static final byte INT8_ROWS = 1;

    private final List<SentimentNetwork> members = new ArrayList<>();
    private final InputLayout layout;

    /**
     * Creates an uninitialised ensemble.
     *
     * @param configs the shape of each member, at least one
     * @param words the word vocabulary
     * @param bigramVocabulary the bigram vocabulary, or {@code null} when no member reads bigrams
     * @throws IllegalArgumentException if a vocabulary does not match a member's configuration
     */
    public SentimentEnsemble(
            List<NetworkConfig> configs, TokenVocabulary words, TokenVocabulary bigramVocabulary) {
        super(VERSION);
        if (configs.isEmpty()) {
            throw new IllegalArgumentException("An ensemble needs at least one member");
        }
        for (int i = 0; i < configs.size(); i++) {
            NetworkConfig c = configs.get(i);
            members.add(
                    addChildBlock(
                            "member_" + i,
                            new SentimentNetwork(
                                    c, words, c.usesBigrams() ? bigramVocabulary : null)));
        }
        layout = InputLayout.of(configs);
        inputNames = layout.names();
    }

    /**
     * Returns the layout of the input the ensemble reads.
     *
     * @return the layout
     */
    public InputLayout getLayout() {
        return layout;
    }

    /**
     * Returns the members.
     *
     * @return the member networks, in order
     */
    public List<SentimentNetwork> getMembers() {
        return List.copyOf(members);
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore,
            NDList inputs,
            boolean training,
            PairList<String, Object> params) {
        NDArray sum = null;
        for (SentimentNetwork member : members) {
            NDList memberInput = layout.select(inputs, member.getConfig());
            NDArray logit = member.forward(parameterStore, memberInput, training).head();
            sum = sum == null ? logit : sum.add(logit);
        }
        return new NDList(members.size() == 1 ? sum : sum.div(members.size()));
    }

    /**
     * Writes the parameters compactly: embedding tables as 8-bit integers with a scale per row
     * ({@link RowQuantizer}), every other parameter as half-precision floats. This quarters the
     * artifact. Values are rounded once, here; a saved and reloaded ensemble computes with exactly
     * the values every later load, on either engine, computes with.
     *
     * @param os the stream to write to
     * @throws IOException if the stream fails
     * @throws IllegalStateException if a parameter is outside half precision's range
     */
    @Override
    public void saveParameters(DataOutputStream os) throws IOException {
        os.writeByte(FORMAT);
        List<Parameter> params = parameters();
        os.writeInt(params.size());
        for (Parameter p : params) {
            NDArray array = p.getArray();
            float[] values = array.toFloatArray();
            os.writeUTF(p.getName());
            long[] shape = array.getShape().getShape();
            os.writeInt(shape.length);
            for (long d : shape) {
                os.writeLong(d);
            }
            os.writeInt(values.length);
            if (isEmbeddingTable(p, shape)) {
                os.writeByte(INT8_ROWS);
                RowQuantizer.write(os, values, (int) shape[0]);
                continue;
            }
            os.writeByte(HALF);
            ByteBuffer buffer = ByteBuffer.allocate(values.length * 2);
            for (float v : values) {
                if (!(Math.abs(v) <= Half.MAX_VALUE)) {
                    throw new IllegalStateException(
                            "Parameter " + p.getName() + " holds " + v + ", beyond half precision");
                }
                buffer.putShort(Half.fromFloat(v));
            }
            os.write(buffer.array());
        }
    }

    private static boolean isEmbeddingTable(Parameter p, long[] shape) {
        return shape.length == 2 && p.getName().endsWith("embedding");
    }

    /**
     * Reads parameters written by {@link #saveParameters}, into 32-bit arrays.
     *
     * @param manager the manager of the parameter arrays
     * @param is the stream to read from
     * @throws IOException if the stream fails
     * @throws MalformedModelException if the stream is not such parameters, or they do not fit this
     *     ensemble's shape
     */
    @Override
    public void loadParameters(NDManager manager, DataInputStream is)
            throws IOException, MalformedModelException {
        byte format = is.readByte();
        if (format != FORMAT) {
            throw new MalformedModelException(
                    "Unknown parameter format " + format + "; this SDK reads format " + FORMAT);
        }
        if (!isInitialized()) {
            initialize(manager, DataType.FLOAT32, layout.shapes());
        }
        List<Parameter> params = parameters();
        int count = is.readInt();
        if (count != params.size()) {
            throw new MalformedModelException(
                    "The file holds " + count + " parameters, the network has " + params.size());
        }
        for (Parameter p : params) {
            String name = is.readUTF();
            long[] shape = new long[is.readInt()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = is.readLong();
            }
            NDArray array = p.getArray();
            if (!name.equals(p.getName()) || !array.getShape().equals(new Shape(shape))) {
                throw new MalformedModelException(
                        "Parameter "
                                + name
                                + " "
                                + new Shape(shape)
                                + " does not fit the network's "
                                + p.getName()
                                + " "
                                + array.getShape());
            }
            int n = is.readInt();
            if (n != array.size()) {
                throw new MalformedModelException("Parameter " + name + " has " + n + " values");
            }
            byte kind = is.readByte();
            float[] values;
            if (kind == INT8_ROWS && shape.length == 2) {
                values = RowQuantizer.read(is, n, (int) shape[0]);
            } else if (kind == HALF) {
                byte[] bytes = new byte[n * 2];
                is.readFully(bytes);
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                values = new float[n];
                for (int i = 0; i < n; i++) {
                    values[i] = Half.toFloat(buffer.getShort());
                }
            } else {
                throw new MalformedModelException(
                        "Parameter " + name + " is stored in an unknown way (" + kind + ")");
            }
            for (float v : values) {
                if (!Float.isFinite(v)) {
                    throw new MalformedModelException("Parameter " + name + " holds " + v);
                }
            }
            array.set(values);
        }
    }

    private List<Parameter> parameters() {
        return getParameters().values();
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
    }

    /** {@inheritDoc} */
    @Override
    protected void initializeChildBlocks(
            NDManager manager, DataType dataType, Shape... inputShapes) {
        for (SentimentNetwork member : members) {
            Shape[] memberShapes = new Shape[member.getConfig().usesBigrams() ? 2 : 1];
            Arrays.fill(memberShapes, inputShapes[0]);
            member.initialize(manager, dataType, memberShapes);
        }
    }
}
