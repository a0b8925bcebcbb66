package com.marketmood.sentiment.core.evaluation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PNG charts of an evaluation, drawn with XChart: the training curves, the ROC curve and the
 * reliability diagram, each about 800 by 600 pixels.
 *
 * <p>The charts are drawn off screen. Unless the JVM was started with {@code java.awt.headless}
 * set, this class sets it to {@code true} when first used, so that it works on machines without a
 * display; that only takes effect if AWT has not been initialised before.
 */
public final class Charts {

    /** The width of every chart, in pixels. */
    public static final int WIDTH = 800;

    /** The height of every chart, in pixels. */
    public static final int HEIGHT = 600;

    private static final Logger LOGGER = LoggerFactory.getLogger(Charts.class);
    private static final Color TRAIN_COLOR = new Color(0x1f, 0x77, 0xb4);
    private static final Color VALIDATION_COLOR = new Color(0xff, 0x7f, 0x0e);
    private static final Color AUC_COLOR = new Color(0x2c, 0xa0, 0x2c);
    private static final Color DIAGONAL_COLOR = Color.GRAY;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {}

    /**
     * Draws the training curves: loss above (train and validation) and accuracy below (train and
     * validation, with the validation ROC AUC), one point an epoch, in one PNG.
     *
     * @param history the training history, at least one epoch
     * @param png the file to write, replaced if it exists; its directory is created if missing
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the history is empty
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void trainingCurves(List<EpochRecord> history, Path png) throws IOException {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(png, "png");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("There is no epoch to draw");
        }
        int n = history.size();
        double[] epochs = new double[n];
        double[] trainLoss = new double[n];
        double[] validationLoss = new double[n];
        double[] trainAccuracy = new double[n];
        double[] validationAccuracy = new double[n];
        double[] validationAuc = new double[n];
        for (int i = 0; i < n; i++) {
            EpochRecord record = history.get(i);
            epochs[i] = record.epoch();
            trainLoss[i] = record.trainLoss();
            validationLoss[i] = record.validationLoss();
            trainAccuracy[i] = record.trainAccuracy();
            validationAccuracy[i] = record.validationAccuracy();
            validationAuc[i] = record.validationAuc();
        }

        XYChart loss = chart("Loss per epoch", "Epoch", "Loss", WIDTH, HEIGHT / 2);
        loss.getStyler().setLegendPosition(LegendPosition.InsideNE);
        line(loss, "train loss", epochs, trainLoss, TRAIN_COLOR, SeriesLines.SOLID);
        line(loss, "validation loss", epochs, validationLoss, VALIDATION_COLOR, SeriesLines.SOLID);

        XYChart accuracy = chart("Accuracy per epoch", "Epoch", "Accuracy", WIDTH, HEIGHT / 2);
        accuracy.getStyler().setLegendPosition(LegendPosition.InsideSE);
        line(accuracy, "train accuracy", epochs, trainAccuracy, TRAIN_COLOR, SeriesLines.SOLID);
        line(
                accuracy,
                "validation accuracy",
                epochs,
                validationAccuracy,
                VALIDATION_COLOR,
                SeriesLines.SOLID);
        if (anyFinite(validationAuc)) {
            line(
                    accuracy,
                    "validation ROC AUC",
                    epochs,
                    validationAuc,
                    AUC_COLOR,
                    SeriesLines.DASH_DASH);
        }

        createParent(png);
        try (OutputStream out = Files.newOutputStream(png)) {
            BitmapEncoder.saveBitmap(List.of(loss, accuracy), 2, 1, out, BitmapFormat.PNG);
        }
        LOGGER.info("Wrote the training curves of {} epochs to {}", n, png);
    }

    /**
     * Draws the ROC curve of an evaluation, with the diagonal of a random classifier and the AUC in
     * the title.
     *
     * @param test the evaluation, usually of the test split
     * @param png the file to write, replaced if it exists; its directory is created if missing
     * @throws IOException if the file cannot be written
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void rocCurve(BinaryEvaluation test, Path png) throws IOException {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(png, "png");
        List<RocPoint> points = test.rocCurve();
        double[] fpr = new double[points.size()];
        double[] tpr = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            fpr[i] = points.get(i).falsePositiveRate();
            tpr[i] = points.get(i).truePositiveRate();
        }
        XYChart chart =
                chart(
                        "ROC curve (AUC = " + EvaluationReport.number(test.rocAuc()) + ")",
                        "False positive rate (bearish predicted bullish)",
                        "True positive rate (bullish predicted bullish)",
                        WIDTH,
                        HEIGHT);
        unitSquare(chart);
        chart.getStyler().setLegendPosition(LegendPosition.InsideSE);
        // The diagonal goes first: XChart puts its ticks on the data's x values when those look
        // equally spaced, as false positive rates (multiples of 1 / bearish count) do.
        line(
                chart,
                "chance",
                new double[] {0, 1},
                new double[] {0, 1},
                DIAGONAL_COLOR,
                SeriesLines.DASH_DASH);
        line(chart, "model", fpr, tpr, TRAIN_COLOR, SeriesLines.SOLID);
        save(chart, png);
        LOGGER.info("Wrote the ROC curve of {} points to {}", points.size(), png);
    }

    /**
     * Draws the reliability diagram of the raw and the calibrated evaluation of one split: the
     * observed bullish fraction against the mean predicted bullish probability of each non-empty
     * bin, with the diagonal of perfect calibration; the legend gives each one's temperature and
     * expected calibration error.
     *
     * @param raw the evaluation at temperature 1
     * @param calibrated the evaluation at the fitted temperature
     * @param png the file to write, replaced if it exists; its directory is created if missing
     * @throws IOException if the file cannot be written
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void reliabilityDiagram(
            BinaryEvaluation raw, BinaryEvaluation calibrated, Path png) throws IOException {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(calibrated, "calibrated");
        Objects.requireNonNull(png, "png");
        XYChart chart =
                chart(
                        "Reliability diagram (" + BinaryEvaluation.CALIBRATION_BINS + " bins)",
                        "Mean predicted bullish probability",
                        "Observed bullish fraction",
                        WIDTH,
                        HEIGHT);
        unitSquare(chart);
        chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
        // The diagonal goes first, as in the ROC curve.
        line(
                chart,
                "perfect calibration",
                new double[] {0, 1},
                new double[] {0, 1},
                DIAGONAL_COLOR,
                SeriesLines.DASH_DASH);
        bins(chart, "raw", raw, TRAIN_COLOR);
        bins(chart, "calibrated", calibrated, VALIDATION_COLOR);
        save(chart, png);
        LOGGER.info("Wrote the reliability diagram to {}", png);
    }

    private static void bins(XYChart chart, String name, BinaryEvaluation evaluation, Color color) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (ReliabilityBin bin : evaluation.reliabilityBins()) {
            if (!bin.isEmpty()) {
                x.add(bin.meanPredicted());
                y.add(bin.observedFraction());
            }
        }
        String label =
                String.format(
                        Locale.ROOT,
                        "%s (T = %.4f, ECE = %.4f)",
                        name,
                        evaluation.temperature(),
                        evaluation.expectedCalibrationError());
        XYSeries series = chart.addSeries(label, x, y);
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setLineStyle(SeriesLines.SOLID);
    }

    private static XYChart chart(
            String title, String xTitle, String yTitle, int width, int height) {
        XYChart chart =
                new XYChartBuilder()
                        .width(width)
                        .height(height)
                        .title(title)
                        .xAxisTitle(xTitle)
                        .yAxisTitle(yTitle)
                        .build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setLegendBorderColor(Color.LIGHT_GRAY);
        chart.getStyler().setMarkerSize(6);
        return chart;
    }

    private static void unitSquare(XYChart chart) {
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(1.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0.0");
        chart.getStyler().setYAxisDecimalPattern("0.0");
    }

    private static void line(
            XYChart chart, String name, double[] x, double[] y, Color color, BasicStroke stroke) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setLineStyle(stroke);
        series.setMarker(x.length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
    }

    private static boolean anyFinite(double[] values) {
        for (double value : values) {
            if (Double.isFinite(value)) {
                return true;
            }
        }
        return false;
    }

    private static void save(XYChart chart, Path png) throws IOException {
        createParent(png);
        try (OutputStream out = Files.newOutputStream(png)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapFormat.PNG);
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
