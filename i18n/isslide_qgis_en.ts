<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CheckInstallation</name>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="46"/>
        <source>Check installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="60"/>
        <source>PyTorch version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="62"/>
        <source>Compute devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="63"/>
        <source>ONNX Runtime version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="65"/>
        <source>Diagnostics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="50"/>
        <source>Checks that the Python used by QGIS can import PyTorch and the geospatial libraries the ISSLIDE algorithms need, and reports their versions (ONNX Runtime, which runs the segmenters without PyTorch, included), the compute devices (CPU threads, CUDA GPUs), the extra packages folder and the end of the last install log. A missing PyTorch or ONNX Runtime is reported as missing, with the menu entry that installs it (Plugins ▸ ISSLIDE ▸ Install dependencies…) and the exact commands; paste the report into a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassActivationMap</name>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="154"/>
        <source>Class activation map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="121"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="124"/>
        <source>Layers (names separated by commas; empty: the model&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="127"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="130"/>
        <source>Polygons to explain (target &apos;polygons&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="134"/>
        <source>Detection threshold of the target &apos;prediction&apos; (empty: the model&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="137"/>
        <source>Score-CAM: share of each layer&apos;s channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="144"/>
        <source>Tile overlap (pixels; empty: half a tile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="146"/>
        <source>Tiles per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="148"/>
        <source>CPU threads (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="156"/>
        <source>Tiles explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="190"/>
        <source>{method} at layers {layers}: {explained} of {total} tiles explained (target &apos;{target}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="109"/>
        <source>Views (advanced): by default each tile&apos;s map is the mean of its maps on the eight rotations and mirror images of the tile, turned back; the networks were trained on such turned tiles, and the mean points at the moving areas more often than a single view (ECSPLAIN&apos;s Grad-CAM on held-out patches: 0.88 instead of 0.82 of the patches). It costs eight maps per tile: choose 1 view for a quick look, or with Score-CAM on large scenes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="139"/>
        <source>Views averaged per tile (8: its rotations and mirror images; 1: eight times faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/class_activation_map.py" line="81"/>
        <source>Shows where a model looked to decide: a class activation map (CAM) over a whole interferogram, written as a float raster in [0, 1] on the interferogram&apos;s grid (nodata kept), styled on load.
Methods: Grad-CAM (channel weights = mean gradient), Layer-CAM (positive gradient x activation per pixel), Score-CAM (channel weights from the score of the input masked by each channel; no gradient), NormGrad (gradient norm x activation norm; selective: norm of the positive contributions). Layers: empty takes the default of the method and the model family, chosen on validation scenes (shipped ECSPLAIN: Grad-CAM on its five training layers, Layer-CAM and selective NormGrad at the output of stage 1 with the first convolution of stage 3, Score-CAM and NormGrad at the last convolution of stage 1; FCN and DeepLabV3: the head&apos;s last activation, Score-CAM stage 4; U-Nets: the decoder or the bottleneck, depending on the method); or give names separated by commas: each layer&apos;s map is upsampled and normalised per tile, then the maps are averaged, as ECSPLAIN does.
Target: what is explained. &apos;prediction&apos;: for a segmenter, the sum of its logits over the pixels it detects (probability above the threshold; empty: the model&apos;s); for ECSPLAIN, the logit of the tiles it detects. &apos;polygons&apos;: the given polygons (segmenters: logits summed inside them; ECSPLAIN: the tiles they touch). &apos;all&apos;: every tile. Tiles with nothing to explain get 0.
The scene streams through the detection engine (same overlapping tiles and seam-free blending), so memory does not grow with its size. Cost: the gradient methods cost about two forward passes per tile. Score-CAM costs one forward pass per kept channel of each layer: with the default 25 % of the channels, 4 masked passes per tile at the shipped ECSPLAIN&apos;s default layer (16 with all channels) and 8 (32) on the FCN; at ECSPLAIN&apos;s five training layers, 92 passes per tile (0.13 s per tile on one CPU thread of a loaded 2-core machine), 368 (0.64 s) with all channels; every pixel lies in four tiles with the default overlap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionsEditor</name>
    <message>
        <location filename="../isslide_qgis/gui/corrections.py" line="105"/>
        <source>The review of area {fid} could not be written to &apos;{path}&apos;: is the file read-only or open elsewhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/corrections.py" line="131"/>
        <source>The edits of the corrections layer could not be saved: {errors}. They are still pending: check the file and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectMovingAreas</name>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="60"/>
        <source>Detect moving areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="110"/>
        <source>Threshold (empty: the model&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="112"/>
        <source>Minimum area (m², pixels without CRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="114"/>
        <source>Coherence threshold (tiles below are skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="117"/>
        <source>Tile overlap (pixels; empty: half a tile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="119"/>
        <source>Tiles per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="121"/>
        <source>CPU threads (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="126"/>
        <source>Probability of movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="128"/>
        <source>Moving areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="130"/>
        <source>Patch scores (ECSPLAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="133"/>
        <source>Moving areas found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="168"/>
        <source>{count} moving areas found by {model} at threshold {threshold:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="134"/>
        <source>Threshold used (the model&apos;s when none was given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="172"/>
        <source>Probability of movement written by {model} (threshold {threshold:.2f}); no moving-areas output was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="166"/>
        <source>Inference backend: {backend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="85"/>
        <source>Kinematics of each area: the phase is unwrapped over the area and a ring of ground around it (incoherent pixels masked), the ring&apos;s median is the reference. disp_los_cm: the LOS displacement at the 95th percentile of |d| (cm, positive towards the satellite, sign from the processor&apos;s convention); disp_los_median_cm; fringes (2.77 cm each); vel_los_cm_yr: disp_los_cm over the pair&apos;s interval (dates from the name, or Temporal baseline; without either: empty); vel_class: &lt;1, 1-3, 3-10, 10-30, 30-100, 100-300, &gt;300 cm/yr (RGIK semi-orders) or undefined; kin_reliability: high, medium or low, kin_flags: why (incoherent, no_reference, low_coherence_area, low_coherence_ring, residues, steep_gradient, weak_signal, no_coherence, no_baseline). Areas on incoherent ground get undefined and low. The class is from the LOS velocity, not projected onto the slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="64"/>
        <source>Finds slow ground movements (rock glaciers, slow landslides) on a wrapped interferogram of any size with a deep-learning model, and writes a probability raster on the interferogram&apos;s grid and one polygon per moving area.
Model: a shipped default or a checkpoint file (from the training algorithms). Segmenters (FCN, DeepLabV3, UNet, ResUNet, SepUNet) give a per-pixel probability; ECSPLAIN gives a detection score per patch and a localisation map (its class activation map); its map is the localisation where the blended patch scores detect a movement, 0 elsewhere (model files trained before 2026-12-08: score times localisation), with the localisation as band 2 and the patch scores as an optional grid layer.
The raster is read window by window and overlapping tiles are blended, so memory does not grow with the scene. Overlap: empty = half a tile (each pixel predicted 4 times). With the U-Nets the map does not depend on where the tile grid falls; with FCN, DeepLabV3 and ECSPLAIN the edges of areas move by about a pixel with the grid: an overlap of 90 % of the tile (90 for 100 px tiles) makes their map independent of the grid, at about 24 times the computing time. Nodata stays nodata and never becomes a detection. Threshold: empty = the model&apos;s own (chosen on validation data). Areas smaller than the minimum area are dropped. Each area has its id, model, threshold, maximum and mean probability, area (on the ellipsoid for lat/lon, in pixels for radar geometry), mean coherence, interferogram name, baseline and dates (read from names such as 20200701_20200707).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/detect_moving_areas.py" line="97"/>
        <source>Trust: on simulated scenes of a simulator family never used for training or calibration, at the real density of moving areas, the default model (ECSPLAIN) found 74 % of the areas over 10 ha, 84 % of those of 3-10 ha and 74 % of those of 1-3 ha (79 % of all areas of 1 ha or more), with about 0.8 false alarms per 100 km². Trust it for areas over 3 ha; check smaller ones by eye.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionPanel</name>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="30"/>
        <source>Wrapped interferogram (phase in radians, complex, or two bands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="32"/>
        <source>Interferogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="34"/>
        <source>Coherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="36"/>
        <source>Optical image (e.g. SPOT 6/7) the results are placed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="38"/>
        <source>Optical image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="40"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="46"/>
        <source>model&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="47"/>
        <source>Probability above which a pixel is moving; at the minimum: the model&apos;s own threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="49"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="54"/>
        <source>Class activation map method (ECSPLAIN&apos;s localisation and the CAM layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="56"/>
        <source>CAM method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="57"/>
        <source>Add a CAM layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="65"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="68"/>
        <source>GeoPackage where the review is saved; the probability (and CAM) rasters are written beside it as &lt;name&gt;_probability.tif (&lt;name&gt;_cam.tif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="71"/>
        <source>Corrections file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="130"/>
        <source>Choose an interferogram layer (add it to the project first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="133"/>
        <source>Choose a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="136"/>
        <source>Choose the corrections file (a GeoPackage) where the review is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="110"/>
        <source>The layer &apos;{layer}&apos; is not a raster file: save it as a GeoTIFF first (right-click &gt; Export &gt; Save As...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/detection_panel.py" line="59"/>
        <source>Also write the class activation map of the whole interferogram with this method (slower)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionTask</name>
    <message>
        <location filename="../isslide_qgis/gui/run_task.py" line="106"/>
        <source>ISSLIDE detection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluateModel</name>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="31"/>
        <source>Evaluate model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="35"/>
        <source>Measures a model (a shipped default or a checkpoint) on the annotated patches of an ISSLIDE-layout dataset, as the ISSLIDE and ECSPLAIN papers do: precision, recall, F1, IoU, Dice, average Hausdorff distance and AUROC over 101 thresholds, and patch-level detection (segmenters: a patch is detected when more than 25 pixels exceed the threshold; ECSPLAIN: its detection score, and its class activation map against the masks).
Every curve is read at the threshold of the model card, chosen on validation data when the model was trained: never tune a threshold on the data you report.
With a test zone, only the papers&apos; test part is evaluated (the zone&apos;s last 20% of dates). Outputs: a self-contained HTML report (curves, plots, model card) and a CSV table with one row per curve and threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="50"/>
        <source>Annotated dataset (ISSLIDE layout folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="53"/>
        <source>Test zone (papers&apos; split; empty: every patch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="55"/>
        <source>Evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="55"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="57"/>
        <source>Metrics table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="57"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/evaluate_model.py" line="76"/>
        <source>Report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportOnnx</name>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="32"/>
        <source>Export a segmenter to ONNX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="36"/>
        <source>Writes a segmenter (FCN, DeepLabV3, UNet, ResUNet, SepUNet; shipped or fine-tuned) as an ONNX model, which detection runs with ONNX Runtime, without PyTorch (backend auto or onnxruntime), and which the Deepness plugin can run on the channels of &apos;Prepare model input channels&apos;. Save it beside the checkpoint with the same name (model.pt -&gt; model.onnx) for the backend auto to find it. The model card is stored in the file; weights are float16, computation float32. The export is checked against PyTorch on tiles of the bundled sample scene: a difference above 1e-4 stops with an error and writes nothing. ECSPLAIN cannot be exported: its map needs gradients (Grad-CAM), so it runs on PyTorch only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="49"/>
        <source>Shipped model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="53"/>
        <source>Checkpoint file (overrides the shipped model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="56"/>
        <source>ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="56"/>
        <source>ONNX models (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="58"/>
        <source>Largest difference from PyTorch on the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="67"/>
        <source>Exporting {checkpoint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/export_onnx.py" line="69"/>
        <source>{path}: {size:.0f} KiB; largest difference from PyTorch on {tiles} sample tiles: {diff:.2g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractPatches</name>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="47"/>
        <source>Extract training patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="51"/>
        <source>Builds a training dataset in the ISSLIDE folder layout from an interferogram, its coherence and annotation polygons of moving areas.
Positive patches (default 100 x 100 pixels) are centred on the local maxima of the distance transform of the annotations, as in the ISSLIDE dataset, so the same patches recur at every date of a zone. Negative patches are drawn at random away from every annotation (Negatives = how many).
Layout: &lt;folder&gt;/&lt;delay&gt;/&lt;zone&gt;/&lt;interferogram&gt;/phase|coherence/&lt;zone&gt;_NNN.tif, masks in &lt;folder&gt;/&lt;delay&gt;/&lt;zone&gt;/Segmentations/&lt;interferogram&gt;/, negatives in &lt;folder&gt;/negatives/&lt;delay&gt;/&lt;interferogram&gt;/. Every patch keeps its georeferencing. Run it once per interferogram into the same folder to build a multi-date dataset; name interferograms by their dates (e.g. 20200101_20200107) so training can split them chronologically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="67"/>
        <source>Annotations (polygons of moving areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="70"/>
        <source>Zone name (e.g. Queyras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="72"/>
        <source>Temporal baseline (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="75"/>
        <source>Interferogram name (default: the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="78"/>
        <source>Patch size (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="81"/>
        <source>Negative patches (no movement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="84"/>
        <source>Random seed (negatives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="87"/>
        <source>Dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="89"/>
        <source>Positive patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="90"/>
        <source>Negative patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="114"/>
        <source>{positives} positive and {negatives} negative patches written to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinetuneModel</name>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="42"/>
        <source>Fine-tune model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="61"/>
        <source>Training dataset (ISSLIDE layout folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="65"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="67"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="69"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="71"/>
        <source>Frozen layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="74"/>
        <source>Test zone (papers&apos; split; empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="76"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="78"/>
        <source>Fine-tuned checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="96"/>
        <source>Fine-tuned model written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/finetune_model.py" line="46"/>
        <source>Adapts a trained model (a shipped default or a checkpoint) to your own annotations with few labels: the early layers, which extract generic features, stay frozen and the rest is trained on the patches of an ISSLIDE-layout dataset (made by &apos;Extract training patches&apos;, e.g. from corrected detections).
Frozen layers: &apos;shallow&apos; = the ResNet stem and first stage (FCN, DeepLabV3, ECSPLAIN) or the first encoder level (U-Nets); &apos;deep&apos; freezes one more stage. For ECSPLAIN the class-activation constraint is kept on the trainable layers only.
A quarter of the interferograms is held out to choose the thresholds written in the new model card (or the papers&apos; split when a test zone is given). The new checkpoint can be used by every detection and explanation algorithm. An optional HTML report shows the loss per epoch and the new model&apos;s curves on the held-out patches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProduct</name>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="32"/>
        <source>Import an InSAR product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="56"/>
        <source>Product file or pair folder (ISCE2, GAMMA, LiCSAR, HyP3...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="58"/>
        <source>Interferogram (wrapped phase, radians)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="60"/>
        <source>Coherence [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="62"/>
        <source>Recognised product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="63"/>
        <source>Temporal baseline (days; empty when unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="76"/>
        <source>Incorrect parameter value for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/import_product.py" line="36"/>
        <source>Opens what an InSAR processor wrote and writes it as two GeoTIFFs in this plugin&apos;s conventions, which QGIS opens and detection, other plugins and tools read: the wrapped phase in radians in [-pi, pi] (positive: motion towards the satellite) and the coherence in [0, 1], float32, with NaN declared as nodata.
Input: a product file, or a pair folder holding one interferogram (its coherence is found beside it). Recognised: ISCE2 topsStack (merged/interferograms/&lt;date1&gt;_&lt;date2&gt;/filt_fine.int, filt_fine.cor) and topsApp (merged/filt_topophase.flat[.geo], phsig.cor or topophase.cor), read through the .vrt ISCE2 writes; GAMMA raw big-endian &lt;pair&gt;.adf.diff / .diff and .adf.cc / .cc, whose size, geocoding and dates come from the .off, .diff_par and DEM_par files (GDAL headers are written to a temporary folder, never beside your data); LiCSAR (0-255 coherence divided by 255), HyP3, PyRate, SNAP and ISSLIDE files. Zeros written as &apos;no data&apos; become nodata; unwrapped phase is wrapped.
Name the outputs &lt;date1&gt;_&lt;date2&gt;_phase.tif and &lt;date1&gt;_&lt;date2&gt;_coherence.tif to keep the dates for detection; the dates are also stored in the GeoTIFF tags. A whole folder of pairs goes to &apos;Process a stack of interferograms&apos; directly. An output may not overwrite an input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallDialog</name>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="102"/>
        <source>ISSLIDE: install Python packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="138"/>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="115"/>
        <source>Packages folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="117"/>
        <source>Optional: a folder of wheel files, for a computer without internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="119"/>
        <source>Wheels folder (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="136"/>
        <source>Show plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="140"/>
        <source>Cancel installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="155"/>
        <source>Detection only: ONNX Runtime (small download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="156"/>
        <source>Everything: PyTorch, ONNX Runtime, ONNX export (large download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="200"/>
        <source>Everything is already installed: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="251"/>
        <source>Installation cancelled; the previous packages folder is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="122"/>
        <source>From QGIS' network settings (Settings ▸ Options ▸ Network); given to pip as HTTPS_PROXY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="124"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="142"/>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="144"/>
        <source>Versions, paths, devices and the end of the last install log, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="175"/>
        <source>none (QGIS&apos; network settings; pip follows HTTPS_PROXY if set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="227"/>
        <source>Copied to the clipboard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="244"/>
        <source>Installed into {folder}. The plugin&apos;s packages folder is now {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="261"/>
        <source>Restart QGIS to use the new packages: this QGIS has already loaded {names} from elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="263"/>
        <source>The new packages are usable now, without restarting QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallTask</name>
    <message>
        <location filename="../isslide_qgis/gui/install_dialog.py" line="65"/>
        <source>ISSLIDE: installing Python packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideAlgorithm</name>
    <message>
        <location filename="../isslide_qgis/processing/base.py" line="173"/>
        <source>Cancelled: no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/base.py" line="179"/>
        <source>{name} failed unexpectedly: {error}. This is a bug of the ISSLIDE plugin; the details are in the QGIS message log (tab ISSLIDE). Please report them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/base.py" line="50"/>
        <source>Accepted values of the lists (qgis_process, Python and graphical models take these strings, not numbers):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideCore</name>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="74"/>
        <source>Alternatively, from a checkout of isslide_qgis, &apos;make deploy&apos; creates a virtual environment with torch and points the setting at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="76"/>
        <source>For qgis_process on a server, &apos;PYTHONPATH=&lt;folder&gt; qgis_process run ...&apos; also works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="72"/>
        <source>and set that folder as the plugin&apos;s extra Python packages folder (QGIS setting isslide_qgis/packages_folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/config.py" line="151"/>
        <source>Invalid simulation settings: {p}. Fix these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/writer.py" line="174"/>
        <source>GDAL&apos;s Python bindings (osgeo) are needed to write &apos;{path}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/base.py" line="84"/>
        <source>The CAM target {target} returned {shape}; it must return one score per image ({batch},).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/base.py" line="208"/>
        <source>{method}.layer_map returned {shape} for layer {layer}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="55"/>
        <source>Closest names: {hints}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="57"/>
        <source>Unknown layer name(s) {unknown} for model {model}.{hint} Choose among the available layers: {layers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="66"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="123"/>
        <source>Layer {layer} ({module}) returned {shape}; a CAM needs a layer whose output is a feature map (N, C, h, w). Choose a convolution or block layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="131"/>
        <source>Layer {layer} ran twice in one forward pass; a CAM needs a layer used once. Record the layers of one forward pass per recorder, or choose another layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="155"/>
        <source>Layer(s) {layers} did not run during the forward pass of {model}; choose layers on the path from the input to the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="192"/>
        <source>The explained score does not depend on the recorded layers (no autograd graph); run the forward pass with gradients enabled inside the recorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/hooks.py" line="208"/>
        <source>The explained score does not depend on layer(s) {layers}; choose layers on the path from the input to the explained output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/registry.py" line="71"/>
        <source>Unknown CAM method {name}; choose one of: {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/scorecam.py" line="163"/>
        <source>Score-CAM was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/baselines.py" line="75"/>
        <source>The smoothing window must be an odd number of pixels of at least 3, got {window}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/detection_metrics.py" line="113"/>
        <source>Patch probabilities must be an array of patches (patches x rows x columns), got shape {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/object_metrics.py" line="103"/>
        <source>The minimum area must be 0 or more pixels, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/object_metrics.py" line="179"/>
        <source>The pixel area must be a positive number of square metres, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/pixel_metrics.py" line="69"/>
        <source>Unknown averaging &apos;{name}&apos;. Choose one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report.py" line="83"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report.py" line="84"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report.py" line="129"/>
        <source>Curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report.py" line="177"/>
        <source>Generated on {date} by isslide_qgis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report.py" line="182"/>
        <source>Metrics at the chosen threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report.py" line="198"/>
        <source>The metrics table {path} has no rows to write. Evaluate at least one scene or threshold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="34"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="35"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="37"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="38"/>
        <source>Average Hausdorff distance (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="39"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="70"/>
        <source>Precision-recall curve (dot: chosen threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="98"/>
        <source>Metrics against the threshold: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="113"/>
        <source>False positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="113"/>
        <source>True positive rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/report_figures.py" line="116"/>
        <source>ROC curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/roc.py" line="46"/>
        <source>Scores and labels must have one value per patch, got {n_scores} scores and {n_labels} labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/roc.py" line="51"/>
        <source>Scores must be finite numbers, but {count} are NaN or infinite. Remove the patches without a score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/thresholds.py" line="87"/>
        <source>Unknown metric &apos;{name}&apos;. Choose one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/thresholds.py" line="164"/>
        <source>Unknown threshold selection mode &apos;{mode}&apos;. Choose one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/thresholds.py" line="169"/>
        <source>The metric &apos;{name}&apos; has no finite value at any threshold, so no threshold can be chosen. Evaluate on data that contains valid pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/validation.py" line="26"/>
        <source>The {what} array has shape {shape} but the probability map has shape {expected}. Give arrays on the same grid (same rows and columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/validation.py" line="35"/>
        <source>&apos;{name}&apos; must lie between 0 and 1, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/validation.py" line="47"/>
        <source>Probabilities must lie between 0 and 1, but the values range from {low} to {high}. Apply a sigmoid to the model&apos;s logits before evaluating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/validation.py" line="82"/>
        <source>Thresholds must increase strictly, without NaN; got {values}. Give an increasing list such as 0, 0.01, ..., 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/engine.py" line="125"/>
        <source>Detection was cancelled after {done} of {total} tiles; no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/engine.py" line="179"/>
        <source>The model &apos;{name}&apos; failed on the tiles of rows {first} to {last} ({error}: {message}); no output was written. Check that the model fits the input, or lower the batch size if memory ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/predictors.py" line="157"/>
        <source>Device &apos;{device}&apos; cannot be used: PyTorch sees no such device here. Choose &apos;cpu&apos;, or &apos;auto&apos; to use a CUDA GPU when there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/predictors.py" line="186"/>
        <source>The network takes {given} input channels but its model card &apos;{name}&apos; describes {expected}: load the model and its card from the same checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/predictors.py" line="250"/>
        <source>The segmenter &apos;{name}&apos; returned an output of shape {shape} for tiles of shape {tiles}; a segmenter must return one logit per pixel (N, 1, H, W).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/predictors.py" line="283"/>
        <source>The classifier &apos;{name}&apos; names no layers for its class activation map (attribute cam_layers), so it cannot localise detections: use an ECSPLAIN model of the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/predictors.py" line="325"/>
        <source>No inference is defined for models of task &apos;{task}&apos; (&apos;{name}&apos;); known tasks: {tasks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/sources.py" line="63"/>
        <source>The phase and coherence arrays must be 2-D, of one shape and of the grid&apos;s size; got shapes {shapes} for a grid of {grid} pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/tiling.py" line="47"/>
        <source>Invalid tiling: tile size {tile} px with overlap {overlap} px. The tile size must be positive and the overlap between 0 and the tile size minus one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/writers.py" line="176"/>
        <source>The result raster &apos;{path}&apos; was set up for the grid {expected} but the interferogram has the grid {given}: give the output the interferogram&apos;s grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/writers.py" line="185"/>
        <source>The result raster &apos;{path}&apos; was set up with {count} bands but the model gives {given} ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/writers.py" line="210"/>
        <source>Cannot write the result raster &apos;{path}&apos;: {error}. Check that the folder is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/channels.py" line="55"/>
        <source>Channel convention &apos;{name}&apos; ({description}) needs a coherence raster: give the coherence of the interferogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/channels.py" line="103"/>
        <source>Channel convention &apos;{name}&apos; ({description}) needs a coherence raster, but only the phase &apos;{phase}&apos; was given. Add its coherence raster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/channels.py" line="119"/>
        <source>Writing the channels to &apos;{path}&apos; was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/coherence_alignment.py" line="70"/>
        <source>only one of phase and coherence has a CRS: coherence &apos;{path}&apos; is assumed to lie on the phase pixel grid (same size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/coherence_alignment.py" line="80"/>
        <source>coherence resampled from {source} onto the phase grid {target} (bilinear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/conventions.py" line="38"/>
        <source>3 channels [coherence, cos(phase), sin(phase)] of the 2023 ISSLIDE segmenters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/conventions.py" line="45"/>
        <source>2 channels [coh*cos(phase), coh*sin(phase)] of ECSPLAIN (2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/conventions.py" line="63"/>
        <source>Unknown channel convention {name}; valid conventions: {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="36"/>
        <source>expected &lt;root&gt;/&lt;delay&gt;/&lt;zone&gt;/&lt;ifg&gt;/phase/&lt;zone&gt;_000.tif with coherence/ beside phase/ and masks in &lt;root&gt;/&lt;delay&gt;/&lt;zone&gt;/Segmentations/&lt;ifg&gt;/, negatives in &lt;root&gt;/negatives/&lt;delay&gt;/&lt;ifg&gt;/phase/ (delay = baseline in days, e.g. 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="58"/>
        <source>The interferogram folder &apos;{folder}&apos; has no &apos;{phase}&apos; folder, so this is not an ISSLIDE dataset: {layout}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="68"/>
        <source>The patch &apos;{patch}&apos; has no annotation mask: expected &apos;{mask}&apos;. Restore the Segmentations folder or remove the patch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="111"/>
        <source>The ISSLIDE dataset folder &apos;{root}&apos; does not exist or is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="124"/>
        <source>&apos;{root}&apos; is not an ISSLIDE dataset: no patch found; {layout}. If you selected a delay or zone folder, select the dataset root above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="155"/>
        <source>The files of patch &apos;{name}&apos; ({path}) differ in size: phase {phase_shape}, other {other_shape}. Regenerate the patch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="188"/>
        <source>test_fraction must be between 0 and 1 (exclusive), got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/dataset.py" line="195"/>
        <source>Test zone {zone} is not in the dataset; its zones are: {zones}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/grid.py" line="137"/>
        <source>no CRS (radar geometry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/grid.py" line="141"/>
        <source>{width} x {height} px, {crs}, pixel {xres} x {yres}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_layout.py" line="88"/>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_layout.py" line="89"/>
        <source>interferogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_layout.py" line="97"/>
        <source>The {what} name {value} cannot be used as a folder name of the ISSLIDE dataset: use letters, digits, &apos;-&apos; or &apos;_&apos; (e.g. &apos;Queyras&apos;, &apos;20200701_20200707&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_layout.py" line="105"/>
        <source>The {what} name {value} is reserved by the ISSLIDE layout ({reserved}, &apos;{tag}&apos;): choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_writer.py" line="54"/>
        <source>pixel coordinates (no CRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_writer.py" line="58"/>
        <source>None of the {count} annotation(s) intersects the interferogram &apos;{path}&apos; (bounds {bounds} in {crs}). Check that the annotation layer covers this interferogram and is in the raster&apos;s CRS (reproject it first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_writer.py" line="213"/>
        <source>The delay {delay} must be a positive number of days (6, 12, 18...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/isslide_writer.py" line="241"/>
        <source>Writing ISSLIDE patches of &apos;{ifg}&apos; to &apos;{root}&apos; was cancelled; the {count} file(s) written so far were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/phase_encoding.py" line="59"/>
        <source>Unknown phase encoding {value}; valid encodings: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/phase_encoding.py" line="147"/>
        <source>band descriptions name cos and sin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/phase_encoding.py" line="154"/>
        <source>b1^2 + b2^2 = 1 (within {tolerance}) on {fraction} of {count} sampled pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/phase_encoding.py" line="157"/>
        <source>two bands whose values are not on the unit circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="52"/>
        <source>no CRS: treated as radar geometry; outputs keep the pixel grid without CRS and areas are in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="170"/>
        <source>the file carries {count} ground control points, which are not used: terrain-correct (geocode) the interferogram to work in map coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="183"/>
        <source>phase encoding detected as &apos;{encoding}&apos;: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="217"/>
        <source>the phase raster &apos;{path}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="217"/>
        <source>every sampled pixel is nodata, NaN or zero-magnitude. Check the nodata value declared in the file and that you selected the interferogram band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="233"/>
        <source>phase values in [0, 2*pi] rewrapped to [-pi, pi]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="236"/>
        <source>{fraction} of the phase pixels are exactly 0 and the file declares no nodata: if 0 marks the area outside the swath, declare it (gdal_edit.py -a_nodata 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="248"/>
        <source>the coherence raster &apos;{path}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="248"/>
        <source>every sampled pixel is nodata or NaN. Check the nodata value declared in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="257"/>
        <source>the phase raster &apos;{phase}&apos; and the coherence raster &apos;{coherence}&apos; together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="257"/>
        <source>no pixel has both a valid phase and a valid coherence. Check that both come from the same interferogram and that their nodata values are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="285"/>
        <source>some pixels outside the checked value ranges (missed by the validation sample) were set invalid; check the input rasters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/config.py" line="256"/>
        <source>Unknown simulation setting(s) {names}; valid names are the fields of SceneConfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/grid.py" line="58"/>
        <source>The simulation CRS &apos;{crs}&apos; is not known to GDAL ({err}). Use e.g. &apos;EPSG:32632&apos;, &apos;EPSG:4326&apos; or None (radar geometry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/writer.py" line="95"/>
        <source>Cannot write the simulated raster &apos;{path}&apos;: {err}. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/writer.py" line="127"/>
        <source>The scene has no optical image to write to &apos;{path}&apos;; simulate it with optical=True.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/writer.py" line="188"/>
        <source>Cannot create the GeoPackage &apos;{path}&apos;. Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="35"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="36"/>
        <source>coherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="44"/>
        <source>The {role} raster &apos;{path}&apos; does not exist. Check the path (was the file moved or renamed?) and select the {role} GeoTIFF exported by your InSAR processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="60"/>
        <source>it is a folder; select the raster file inside it (e.g. the .img of a SNAP .data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="65"/>
        <source>it is a vector layer ({suffix}), not a raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="71"/>
        <source>it looks like a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="73"/>
        <source>its format is not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="83"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read ({hint}). Select the {role} raster: a GeoTIFF (or another GDAL raster such as ENVI .img) exported by SNAP, ISCE or LiCSAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="100"/>
        <source>The phase raster &apos;{path}&apos; has {count} band(s) but band {band} was requested. Choose a band from 1 to {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="108"/>
        <source>The phase raster &apos;{path}&apos; holds complex values but encoding &apos;{encoding}&apos; was chosen. Choose encoding &apos;complex&apos; (or &apos;auto&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="116"/>
        <source>The phase raster &apos;{path}&apos; holds real values, not complex ones. Choose encoding &apos;phase&apos; for a band in radians, &apos;real_imag&apos; or &apos;cos_sin&apos; for two bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="134"/>
        <source>The phase raster &apos;{path}&apos; has {count} band(s), so its phase encoding cannot be guessed. Say which band holds the phase in radians (band=N) or choose the encoding explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="146"/>
        <source>The phase raster &apos;{path}&apos; has {count} band(s) but encoding &apos;{encoding}&apos; needs {needed} bands from band {first}. Choose encoding &apos;phase&apos; for a single band of phase in radians, or give the file holding both components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="155"/>
        <source>The phase raster &apos;{path}&apos; has {count} band(s) but encoding &apos;{encoding}&apos; reads {needed}. Say which band to start from (band=N), or export only the interferogram bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="170"/>
        <source>The coherence raster &apos;{path}&apos; has {count} bands. Say which band holds the coherence (coherence_band=N), or export the coherence alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="178"/>
        <source>The coherence raster &apos;{path}&apos; has {count} band(s) but band {band} was requested. Choose a band from 1 to {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="194"/>
        <source>No valid pixel in {what}: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="215"/>
        <source>The phase raster &apos;{path}&apos; is not wrapped phase in radians: its values span [{lo}, {hi}], beyond [-pi, pi].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="222"/>
        <source>They look like DEGREES (within [-180, 180] or [0, 360]). Convert them to radians (Raster Calculator: &quot;phase&quot; * pi() / 180) or re-export the phase in radians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="229"/>
        <source>They look like UNWRAPPED phase (a range of {span} rad, about {fringes} fringes). The detector needs the wrapped interferogram: select the wrapped phase (SNAP &apos;Phase_ifg&apos; before unwrapping, ISCE filt_topophase.flat, LiCSAR *.geo.diff_pha.tif) or wrap it with atan2(sin(phase), cos(phase)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="245"/>
        <source>The coherence raster &apos;{path}&apos; has values in [{lo}, {hi}], outside [0, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="249"/>
        <source>Coherence cannot be negative: check that this is the coherence band, not the phase or an intensity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="255"/>
        <source>Values slightly above 1 come from resampling: clip the coherence to [0, 1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="259"/>
        <source>It looks like a coherence in PERCENT (0-100): divide it by 100 (Raster Calculator: &quot;coherence&quot; / 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="265"/>
        <source>It looks like a coherence SCALED TO 0-255 (8-bit): divide it by 255 (Raster Calculator: &quot;coherence&quot; / 255).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="271"/>
        <source>This is not a coherence: check that you selected the coherence raster, not an amplitude.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="287"/>
        <source>The coherence raster &apos;{coherence}&apos; ({coherence_grid}, bounds {coherence_bounds}) does not overlap the phase raster &apos;{phase}&apos; ({phase_grid}, bounds {phase_bounds}). Select the coherence of the same interferogram (same date pair, same area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="305"/>
        <source>The phase raster &apos;{phase}&apos; and the coherence raster &apos;{coherence}&apos; cannot be aligned: one has no CRS (radar geometry), so both must have the same size, but the phase is {phase_width} x {phase_height} px and the coherence {coherence_width} x {coherence_height} px. Export both from the same processing step (same multilook), or terrain-correct both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="95"/>
        <source>Invalid model card for &apos;{architecture}&apos;: {problems}. Fix the card (or re-save the model) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="117"/>
        <source>The model card is not valid JSON ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="125"/>
        <source>The model card must be a JSON object, got {type}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="134"/>
        <source>The model card has format version {version}, newer than this plugin&apos;s ({supported}): update isslide_qgis to use this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="140"/>
        <source>missing field(s): {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="141"/>
        <source>unknown field(s): {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="144"/>
        <source>Invalid model card: {problems}. Valid fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="174"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="175"/>
        <source>&apos;{field}&apos; must be {expected}, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="182"/>
        <source>task &apos;{task}&apos; is not one of {valid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="185"/>
        <source>thresholds lacks &apos;{key}&apos; (a {task} card needs {needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="190"/>
        <source>threshold &apos;{key}&apos; must be a probability in [0, 1], got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="198"/>
        <source>input_convention &apos;{convention}&apos; is not one of {valid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="203"/>
        <source>in_channels is {in_channels} but convention &apos;{convention}&apos; has {count} channels ({bands})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="210"/>
        <source>band_names has {names} names for {channels} channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="214"/>
        <source>patch_size must be positive, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="222"/>
        <source>normalisation kind {kind} is not one of {valid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="230"/>
        <source>normalisation &apos;{key}&apos; must list {count} numbers, got {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="234"/>
        <source>normalisation &apos;std&apos; must be positive, got {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="243"/>
        <source>weights_dtype &apos;{dtype}&apos; is not one of {valid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="248"/>
        <source>created &apos;{created}&apos; is not an ISO date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="251"/>
        <source>architecture is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="253"/>
        <source>format_version must be &gt;= 1, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="275"/>
        <source>Model &apos;{model}&apos; expects input channels [{expected}] (convention &apos;{model_convention}&apos;) but the input was prepared as [{given}] (convention &apos;{convention}&apos;). Prepare the interferogram with convention &apos;{model_convention}&apos;, or choose a model trained on &apos;{convention}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/card.py" line="284"/>
        <source>Model &apos;{model}&apos; expects {channels} input channels [{expected}] but the input has {count}. Check the phase and coherence rasters given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="55"/>
        <source>model given for card &apos;{architecture}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="75"/>
        <source>It looks like bare weights without a model card: a ResNet file can be used as a pretrained backbone for training instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="81"/>
        <source>{name} is not a valid isslide checkpoint (no &apos;{format}&apos; header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="86"/>
        <source>{name} has checkpoint format version {version}; this plugin reads up to {supported}: update isslide_qgis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="94"/>
        <source>{name} is a damaged isslide checkpoint (card or weights missing): save the model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/onnx_metadata.py" line="90"/>
        <source>{name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="142"/>
        <source>architecture &apos;{architecture}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="154"/>
        <source>{name}: the model card names an unknown architecture. {error} The file may come from a newer isslide_qgis: update the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="161"/>
        <source>{name}: the card says {field} &apos;{value}&apos; but architecture &apos;{architecture}&apos; has &apos;{expected}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="170"/>
        <source>{name}: the card&apos;s arguments {arguments} cannot build &apos;{architecture}&apos; ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="175"/>
        <source>{name}: the card says {channels} input channels but its arguments build a network taking {built}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="229"/>
        <source>missing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="229"/>
        <source>unexpected keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="190"/>
        <source>wrong shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="194"/>
        <source>{name}: the weights do not match the {what} ({problems}). The card and the weights disagree: save the model again with the card of the architecture it was built with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="45"/>
        <source>First-convolution rule &apos;keep&apos; needs {needed} input channels as the pretrained weights, the model has {channels}: use rule &apos;mean&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="67"/>
        <source>Unknown first-convolution rule &apos;{rule}&apos;; valid: {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="83"/>
        <source>the given state_dict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="91"/>
        <source>{name} holds a {type}, not a ResNet state_dict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="97"/>
        <source>{name} does not hold torchvision-named ResNet weights (no &apos;conv1.weight&apos; or &apos;layer1.0.conv1.weight&apos; key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="113"/>
        <source>base width {width}, {channels} input channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="116"/>
        <source>ResNet with stages {stages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="118"/>
        <source>batch norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="118"/>
        <source>no batch norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="120"/>
        <source>{kind} ({block} blocks, {shape}, {norm})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="132"/>
        <source>Cannot tell which convolution batch norm &apos;{norm}&apos; follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="154"/>
        <source>Batch norm &apos;{norm}&apos; has no convolution &apos;{conv}&apos; to fold into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="172"/>
        <source>{model} has no ResNet backbone: pretrained ResNet weights apply to FCN, DeepLabV3 and ECSPLAIN models only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="199"/>
        <source>in_channels={in_channels} but the model&apos;s first convolution takes {channels} channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="209"/>
        <source>The pretrained weights ({weights}) have no batch norm statistics, which this backbone needs ({backbone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="229"/>
        <source>shape mismatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="232"/>
        <source>e.g. &apos;{key}&apos; is {file_shape} in the file but {model_shape} in the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/pretrained.py" line="236"/>
        <source>The pretrained weights are a {weights} but the model&apos;s backbone is a {backbone}; they do not fit: {details}.{example} Choose a model whose backbone matches the weights file (e.g. a ResNet-18 file for &apos;*_resnet18&apos; models at full width) or train from scratch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/registry.py" line="156"/>
        <source>Unknown model &apos;{name}&apos;. Valid models: {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="47"/>
        <source>File {name} does not exist: check the path, or choose a {kind} file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="55"/>
        <source>Refused to load {name}: not a safe {kind}. It holds Python objects that would run code when loaded (it calls {callables}); nothing was executed. Only use model files saved by isslide_qgis, from a source you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="63"/>
        <source>{name} is not a valid {kind}: it cannot be read as a PyTorch file of tensors ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="68"/>
        <source>{name} is not a valid {kind}: it cannot be read as a PyTorch file ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="77"/>
        <source>isslide checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="78"/>
        <source>ResNet weights file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/safe_load.py" line="105"/>
        <source>a Python callable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/shipped.py" line="34"/>
        <source>The checkpoint file &apos;{path}&apos; does not exist: choose an isslide checkpoint (.pt) made by the training algorithms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/shipped.py" line="40"/>
        <source>No model chosen: pick a shipped model ({names}) or a checkpoint file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/shipped.py" line="44"/>
        <source>The model &apos;{name}&apos; is not shipped with this installation; shipped models: {names}. Choose one of them or a checkpoint file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/datasets.py" line="278"/>
        <source>Simulating training scenes was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/datasets.py" line="302"/>
        <source>The patch &apos;{path}&apos; has no coherence file; the networks need the coherence. Add its coherence/ folder beside phase/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/datasets.py" line="306"/>
        <source>The patch &apos;{path}&apos; is {got} pixels but the others are {want}; train on patches of one size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/datasets.py" line="315"/>
        <source>No ISSLIDE patch was given to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/finetune.py" line="112"/>
        <source>No patch of &apos;{root}&apos; is left to fine-tune on (after the split); add annotated interferograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/trainer.py" line="97"/>
        <source>Training was cancelled; no model file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/patchset.py" line="77"/>
        <source>Patches must be stacks (N, H, W) of one size; got phase {p}, coherence {c}, mask {m}. Give patches of the same size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/patchset.py" line="101"/>
        <source>Cannot mix patches of different sizes ({sizes}); use patches of one size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/scenes.py" line="71"/>
        <source>Validation was cancelled; no model file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/seeds.py" line="36"/>
        <source>The {name} scene seeds {first}..{last} leave the {name} range {lo}..{hi}; seeds from {held} on are kept for held-out evaluation. Choose seeds inside the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/state.py" line="77"/>
        <source>&apos;{path}&apos; is not an isslide training state (to resume training, give a &apos;*.state.pt&apos; file written during training, not a model file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/state.py" line="81"/>
        <source>&apos;{path}&apos; was written by a newer isslide_qgis (training-state format {version}); update the plugin to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/state.py" line="93"/>
        <source>&apos;{path}&apos; is a damaged training state ({error}); resume from another one or train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/trainer.py" line="88"/>
        <source>Cannot resume from &apos;{path}&apos;: its run used other settings ({names}). Resume with the same settings, or train from scratch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/trainer.py" line="160"/>
        <source>No training patch: give at least one patch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/trainer.py" line="184"/>
        <source>Training of &apos;{model}&apos; diverged (loss {loss} at epoch {epoch}); lower the learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/detection.py" line="211"/>
        <source>No CRS (radar geometry): the minimum area of {m2:g} m² is taken as {px:.0f} pixels of about 14.64 m (ISSLIDE multilook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/config.py" line="109"/>
        <source>Invalid training settings for &apos;{model}&apos;: {problems}. Fix these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/config.py" line="132"/>
        <source>Unknown training setting(s) {names}; valid settings: {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/freezing.py" line="50"/>
        <source>Unknown freezing depth &apos;{depth}&apos;; valid: {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/freezing.py" line="69"/>
        <source>Cannot freeze {names}: no such layer in {model}. Give layer names of the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/attributes.py" line="64"/>
        <source>The acquisition date &apos;{value}&apos; is not a date: write it as YYYY-MM-DD (or YYYYMMDD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/geopackage.py" line="68"/>
        <source>GDAL&apos;s Python bindings (osgeo) are needed to write GeoPackages; install python3-gdal (the GDAL that QGIS uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/geopackage.py" line="80"/>
        <source>Cannot write the GeoPackage &apos;{path}&apos;: {error}. Check that the folder is writable, has free space, and that the file is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/inputs.py" line="45"/>
        <source>The probability raster &apos;{path}&apos; does not exist. Run the detection first, or select the probability GeoTIFF it wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/inputs.py" line="54"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read. Select the probability GeoTIFF written by the detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/inputs.py" line="60"/>
        <source>The probability raster &apos;{path}&apos; has {count} band(s); band {band} does not exist. Select band 1 (the probability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/inputs.py" line="95"/>
        <source>The probability raster &apos;{path}&apos; ({grid}) is not on the interferogram&apos;s grid ({reader_grid}): vectorise a probability raster computed from this interferogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/moving_areas.py" line="91"/>
        <source>The probability threshold {value} is not a number: give a value between 0 and 1 (e.g. 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/moving_areas.py" line="96"/>
        <source>The minimum area {value} is negative: give 0 to keep every area, or a positive area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/moving_areas.py" line="101"/>
        <source>The simplification tolerance {value} px is negative: give 0 (no simplification) or a positive number of pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/moving_areas.py" line="108"/>
        <source>Vectorisation cancelled: the moving-area layer &apos;{path}&apos; was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/moving_areas.py" line="232"/>
        <source>no ground area: the raster has no CRS (radar geometry) or a CRS of unknown unit, so area_m2 is empty, areas are counted in pixels (area_px) and the minimum area was read as {value} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/moving_areas.py" line="247"/>
        <source>Moving areas detected by isslide_qgis (model {model}, threshold {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/patch_grid.py" line="60"/>
        <source>Detection score of each patch (model {model})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/styles.py" line="66"/>
        <source>The style file &apos;{path}&apos; cannot be read ({error}); the plugin installation is incomplete: reinstall isslide_qgis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/styles.py" line="97"/>
        <source>no layer named &apos;{layer}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/styles.py" line="155"/>
        <source>isslide_qgis default style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/from_scratch.py" line="67"/>
        <source>Nothing to train on: give an ISSLIDE-layout dataset folder with annotated patches, or a number of simulated scenes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/layers.py" line="109"/>
        <source>The model &apos;{name}&apos; has no default layers for class activation maps; give the layers to explain by name (for example backbone.layer4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/export.py" line="55"/>
        <source>No area of &apos;{path}&apos; is accepted or added yet: accept the detections that are real movements (or draw the missing ones) before fine-tuning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/staging.py" line="72"/>
        <source>Cannot write &apos;{path}&apos;: {error}. Check that the folder exists, is writable and has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/store.py" line="78"/>
        <source>Reviewed moving areas (isslide_qgis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/store.py" line="175"/>
        <source>&apos;{path}&apos; is not an ISSLIDE corrections file (no &apos;{layer}&apos; layer): choose a GeoPackage written by the review dock, or run a detection to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs.py" line="130"/>
        <source>These interferograms do not exist: {files}. Check the paths (or give the folder holding them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs.py" line="152"/>
        <source>The dates of {files} cannot be read from their names (recognised names: {examples}). Give a pairs table (CSV with columns interferogram, coherence, date_first, date_second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs.py" line="160"/>
        <source>No interferogram found in {inputs}: recognised names are {examples}; other names need a pairs table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs_table.py" line="41"/>
        <source>Pairs table &apos;{table}&apos;, line {line}: &apos;{value}&apos; in column {column} is not a date; write YYYY-MM-DD or YYYYMMDD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs_table.py" line="51"/>
        <source>Pairs table &apos;{table}&apos;, line {line}: the file &apos;{path}&apos; does not exist. Paths are absolute or relative to the table&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs_table.py" line="64"/>
        <source>Pairs table &apos;{table}&apos;, line {line}: give date_second (or baseline_days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs_table.py" line="68"/>
        <source>Pairs table &apos;{table}&apos;, line {line}: date_second must come after date_first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs_table.py" line="84"/>
        <source>Cannot read the pairs table &apos;{table}&apos;: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/pairs_table.py" line="92"/>
        <source>The pairs table &apos;{table}&apos; has no column {columns}; its first line must name the columns interferogram, coherence, date_first, date_second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="73"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="74"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="75"/>
        <source>Input channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="76"/>
        <source>Patch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="77"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="78"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="79"/>
        <source>Training seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="85"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="86"/>
        <source>Patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="87"/>
        <source>Patches with movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="98"/>
        <source>Model card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="100"/>
        <source>Other measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="119"/>
        <source> (test part of zone {zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="121"/>
        <source>The dataset &apos;{root}&apos; has no patch to evaluate (test zone: {zone}). Check the folder and the zone name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="146"/>
        <source>Evaluation of {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="180"/>
        <source>Evaluated data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="168"/>
        <source>{epochs} epochs in {seconds:.0f} s on {patches} patches; checkpoint {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="173"/>
        <source>No validation patches: the thresholds are those of the base model or 0.5, and no curve is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="175"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="177"/>
        <source>Training of {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/model_report.py" line="180"/>
        <source>validation patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/training/patch_curves.py" line="57"/>
        <source>Evaluation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/raster.py" line="119"/>
        <source>Unknown CAM {kind} &apos;{name}&apos;; choose one of: {valid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/raster.py" line="128"/>
        <source>The CAM target is &apos;polygons&apos; but no polygon was given: give the areas to explain, or choose the target &apos;prediction&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/raster.py" line="132"/>
        <source>The polygons are not used: the CAM target is &apos;{target}&apos;. Choose the target &apos;polygons&apos; to explain them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/raster.py" line="140"/>
        <source>Score-CAM: {passes} masked forward passes per explained tile ({calls} calls of up to {batch} images), keeping {fraction:.0%} of each layer&apos;s channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/raster.py" line="191"/>
        <source>The class activation map was cancelled; no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/consistency_io.py" line="49"/>
        <source>Cannot open the moving areas &apos;{path}&apos;: the pair&apos;s outputs are damaged; delete its folder and run the stack again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/consistency_io.py" line="146"/>
        <source>Cancelled: no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/consistency_io.py" line="153"/>
        <source>The pair {name} is not on the CRS of the other pairs ({crs}); reproject the stack&apos;s interferograms to one CRS first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/distributed.py" line="33"/>
        <source>Running on a Dask scheduler needs the Python package dask.distributed, which is not installed: install it where this Python finds it (pip install &quot;dask[distributed]&quot;), or leave the scheduler empty to run on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/distributed.py" line="47"/>
        <source>Cannot reach the Dask scheduler at &apos;{address}&apos;: {error}. Check the address (such as tcp://host:8786) and that the scheduler is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/distributed.py" line="75"/>
        <source>Cancelled: the pairs not finished were cancelled on the Dask cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/distributed.py" line="86"/>
        <source>Dask task failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/runner.py" line="157"/>
        <source>Cancelled after {done} of {total} pairs. The finished pairs are kept in &apos;{folder}&apos;: run again with the same settings to do only the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/runner.py" line="171"/>
        <source>Pair {name} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/runner.py" line="174"/>
        <source>Every pair failed, so there is no temporal-consistency product. First error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/store.py" line="149"/>
        <source>&apos;{path}&apos; has no layer &apos;{layer}&apos;: choose a file written by ISSLIDE&apos;s detection or review dock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/output_paths.py" line="24"/>
        <source>The output &apos;{path}&apos; is a folder, not a file. Give a file name for this output (e.g. {example}), or leave it empty for a temporary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/coherence_alignment.py" line="62"/>
        <source>{product} convention: coherence stored as {dtype} scaled 0-{scale:g}, divided by {scale:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="124"/>
        <source>coherence found beside the interferogram: &apos;{path}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="137"/>
        <source>&apos;{path}&apos; is a {product} line-of-sight displacement in metres, not an interferogram. Select the wrapped phase of the same pair (the file ending in _wrapped_phase.tif).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="147"/>
        <source>{product} product recognised from the name &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="150"/>
        <source>dates {first} - {second} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="154"/>
        <source>0 read as nodata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="155"/>
        <source>positive phase means motion towards the satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="155"/>
        <source>positive phase means motion away from the satellite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="158"/>
        <source> (uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="206"/>
        <source>exact zeros read as nodata (the file declares none): where phase and coherence are both 0, or, without coherence, zero regions of at least a tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="227"/>
        <source>unwrapped phase of a {product} product re-wrapped to [-pi, pi]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/coverage_scores.py" line="100"/>
        <source>The pixel areas have shape {given}; give one number, one per row ({rows}) or one per pixel {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/coverage_scores.py" line="105"/>
        <source>Pixel areas must be positive numbers of square metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/evaluation/coverage_scores.py" line="120"/>
        <source>The minimum area must be 0 or more square metres, got {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/families.py" line="80"/>
        <source>Unknown scene density &apos;{d}&apos;; use one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/families.py" line="136"/>
        <source>Unknown simulator family &apos;{name}&apos;; valid families: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/families.py" line="150"/>
        <source>Unknown simulator family role &apos;{role}&apos;; use one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/checkpoint.py" line="120"/>
        <source>&apos;{path}&apos;: the new card changes {fields}, which the weights fix; save the model again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="124"/>
        <source>The ONNX Runtime backend needs onnxruntime ({version}), which the Python used by QGIS cannot import ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/__init__.py" line="82"/>
        <source>Unknown inference backend &apos;{name}&apos;; choose one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="33"/>
        <source>Device &apos;{device}&apos; cannot be used: ONNX Runtime here has no CUDA support. Choose &apos;cpu&apos; or &apos;auto&apos;, or the backend &apos;torch&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="50"/>
        <source>ONNX Runtime cannot load &apos;{path}&apos; ({error}): export the checkpoint again with isslide:exportonnx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="95"/>
        <source>&apos;{path}&apos; holds a &apos;{task}&apos; model; the ONNX backend runs segmenters only: choose the backend &apos;torch&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="113"/>
        <source>The ONNX segmenter &apos;{name}&apos; returned an output of shape {shape} for tiles of shape {tiles}; it must return one probability per pixel (N, 1, H, W).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="132"/>
        <source>&apos;{onnx}&apos; was exported from another version of this checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="132"/>
        <source>there is no &apos;{onnx}&apos; beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/onnxruntime_backend.py" line="135"/>
        <source>The checkpoint &apos;{path}&apos; cannot run on ONNX Runtime: {reason}. Export it with &apos;Export a segmenter to ONNX&apos; (isslide:exportonnx) to &apos;{onnx}&apos;, or choose the backend &apos;torch&apos; (ECSPLAIN always runs on torch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/backends/torch_backend.py" line="20"/>
        <source>&apos;{path}&apos; is an ONNX model: it runs on ONNX Runtime only. Choose the backend &apos;auto&apos; or &apos;onnxruntime&apos;, or give the isslide checkpoint (.pt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/onnx_export.py" line="162"/>
        <source>&apos;{name}&apos; is a classifier (ECSPLAIN): its map multiplies the detection score by a class activation map, which needs gradients, so it cannot be exported to ONNX and runs on PyTorch only. Choose a segmenter (FCN, DeepLabV3, UNet, ResUNet, SepUNet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/onnx_export.py" line="193"/>
        <source>The ONNX export of &apos;{name}&apos; differs from PyTorch by {diff:.2g} on the sample scene (tolerance {tolerance:g}); no file was written. The network may use an operation ONNX does not reproduce: run it with PyTorch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/models/onnx_metadata.py" line="82"/>
        <source>{name} is an ONNX model without an isslide model card: export the checkpoint with the algorithm &apos;Export a segmenter to ONNX&apos; (isslide:exportonnx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cli/install.py" line="46"/>
        <source>The wheels folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cli/install.py" line="54"/>
        <source>Everything is already installed in {folder}: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cli/install.py" line="61"/>
        <source>Installed into {folder}; set {target} as the plugin&apos;s extra Python packages folder and restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="70"/>
        <source>Operating system: {os}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="71"/>
        <source>Plugin version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="73"/>
        <source>Extra packages folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="77"/>
        <source>Active installation: {folder} ({profile})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="82"/>
        <source>Devices: {devices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/diagnostics.py" line="84"/>
        <source>Last install log: {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/installer.py" line="69"/>
        <source>Not enough free disk space for the installation in {target}: {free} MB free, about {needed} MB needed. Free some space or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/installer.py" line="100"/>
        <source>pip failed (exit status {status}); the previous installation was kept. Log: {log}
{tail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/interpreter.py" line="151"/>
        <source>Cannot find the Python interpreter of QGIS (looked for: {paths}). Give it explicitly with --python PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/pip.py" line="119"/>
        <source>Installation cancelled; the previous packages folder is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="72"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="74"/>
        <source>Installation plan ({profile})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="75"/>
        <source>  Python of QGIS: {python}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="76"/>
        <source>  Target folder: {target} (a new versioned folder inside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="78"/>
        <source>  Packages: {packages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="82"/>
        <source>  PyTorch build: the one in the wheels folder (torch {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="86"/>
        <source>  PyTorch build: {flavour} (NVIDIA driver: {driver})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="90"/>
        <source>  Already provided by QGIS: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="92"/>
        <source>  numpy: QGIS&apos; own ({version}); none is kept in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="94"/>
        <source>  numpy: QGIS has none; pip installs one (&lt; 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="95"/>
        <source>  Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="97"/>
        <source>  Download: about {size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="100"/>
        <source>  pip command: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="134"/>
        <source>The Python of QGIS ({python}) has no pip. Install it first (Debian/Ubuntu: sudo apt install python3-pip; Windows: the OSGeo4W installer, package python3-pip), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/profiles.py" line="93"/>
        <source>Unknown installation profile &apos;{name}&apos;; choose one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/verify.py" line="63"/>
        <source>Cannot run the Python of QGIS ({python}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/verify.py" line="68"/>
        <source>The Python of QGIS ({python}) failed to start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/verify.py" line="105"/>
        <source>The new packages do not work with the Python of QGIS ({python}): {problems}. The previous installation was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/product_import.py" line="97"/>
        <source>phase sign reversed to this plugin&apos;s convention (positive phase is motion towards the satellite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/product_import.py" line="101"/>
        <source>no coherence found with &apos;{path}&apos;: the coherence output is not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="82"/>
        <source>&apos;{path}&apos; does not exist. Check the path (was it moved or renamed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="90"/>
        <source>The folder &apos;{path}&apos; holds {count} interferograms ({names}). Give one of the files, or process the whole folder with the stack algorithm (isslide:processstack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/__init__.py" line="95"/>
        <source>&apos;{path}&apos; is not a product this plugin recognises. Recognised interferograms: {examples}. For another GeoTIFF, use it directly as the INTERFEROGRAM of detection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/gamma.py" line="85"/>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/products/gamma.py" line="87"/>
        <source>The size of the GAMMA file &apos;{path}&apos; ({size} bytes) is not known: GAMMA writes it in the parameter files beside the binary ({stem}.off: interferogram_width; {stem}.diff_par: range_samp_1; a DEM_par such as EQA.dem_par for geocoded files), and none fits (parameter files read: {tried}). Copy the .off or .diff_par of this pair (or the DEM_par of the geocoding) beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/reading.py" line="306"/>
        <source>The phase raster &apos;{path}&apos; cannot be read: the file is damaged or truncated, or a file it refers to is missing (GDAL: {error}). Copy or download it again, or re-export it from your InSAR processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="55"/>
        <source>it is a VRT header whose data cannot be opened: {error}; put the file it names back beside it, or select the data file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/validation.py" line="124"/>
        <source>&apos;{path}&apos; is an RGB image ({count} bands of 8-bit values), not an interferogram: a picture of the phase has lost its values. Select the wrapped-phase raster your InSAR processor exported (float radians or complex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/output_paths.py" line="63"/>
        <source>The output &apos;{path}&apos; is also an input of this run: writing it would destroy the data being read. Choose another file name for the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/output_paths.py" line="71"/>
        <source>Writing &apos;{path}&apos; failed ({error}). Check that the disk has free space and that the folder is writable, then run again; no partial file was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="39"/>
        <source>Plugins ▸ ISSLIDE ▸ Install dependencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="45"/>
        <source>In one click: {menu}, choose &apos;{profile}&apos;, then restart QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="62"/>
        <source>{who} needs PyTorch (torch {version}), which the Python used by QGIS cannot import ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="63"/>
        <source>This algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="142"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="68"/>
        <source>Or by hand: install the CPU build of torch into a packages folder, then restart QGIS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="124"/>
        <source>Detection only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="124"/>
        <source>Or install it by hand into the plugin&apos;s extra packages folder, then restart QGIS, or choose the backend &apos;torch&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="142"/>
        <source>Exporting to ONNX needs the onnx package ({version}), which the Python used by QGIS cannot import ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="142"/>
        <source>Or install it by hand into the plugin&apos;s extra packages folder, then restart QGIS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/install/plan.py" line="98"/>
        <source>  Proxy: {proxy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="21"/>
        <source>Training, explanations, ECSPLAIN and the torch backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/kinematics/area_source.py" line="89"/>
        <source>kinematics: the processor of the interferogram is not recognised, so positive phase is taken as motion towards the satellite (ISSLIDE convention); check the sign of disp_los_cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/kinematics/area_source.py" line="96"/>
        <source>kinematics: the phase sign of {product} products is uncertain ({source}); the sign of disp_los_cm may be reversed, speeds are not affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/kinematics/area_source.py" line="109"/>
        <source>kinematics: the pair&apos;s dates are unknown, so velocities are empty (give BASELINE_DAYS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/kinematics/unwrapping.py" line="30"/>
        <source>scikit-image is needed to unwrap the phase of the moving areas (kinematics): install python3-skimage (Debian) or run Plugins &gt; ISSLIDE &gt; Install dependencies... ({error}). The areas are written without kinematics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/consistency_io.py" line="183"/>
        <source>velocity class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/stack/consistency_io.py" line="183"/>
        <source>isslide_qgis style by velocity class (cm/yr, LOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/inputs.py" line="130"/>
        <source>The interferogram &apos;{path}&apos; ({reader_grid}) is not on the grid of the probability raster &apos;{probability}&apos; ({grid}): give the interferogram the probability was computed from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/vectorize/geopackage.py" line="262"/>
        <source>Cannot read the vector file &apos;{path}&apos;: {error}. Check that it exists and is a GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/cam/views.py" line="59"/>
        <source>A class activation map can be averaged over {valid} views of each tile, not {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/inference/predictors.py" line="114"/>
        <source>The model card of &apos;{name}&apos; sets its training entry &apos;{key}&apos; to &apos;{choice}&apos;, which this version of the plugin does not know (known: {known}). Update the plugin, or use a model trained with this version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideDock</name>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="61"/>
        <source>ISSLIDE detection and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="178"/>
        <source>PyTorch found: detection and training are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="80"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="87"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="119"/>
        <source>Run detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="119"/>
        <source>Detect moving areas in the background and start a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="122"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="122"/>
        <source>Stop the running task; nothing is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="124"/>
        <source>Open review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="124"/>
        <source>Continue the review saved in the corrections file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="134"/>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="150"/>
        <source>Opacity of the probability and CAM layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="152"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="153"/>
        <source>Show the CAM layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="157"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="167"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="168"/>
        <source>Fine-tune on my corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="168"/>
        <source>Accepted and added areas become training annotations; the fine-tuned model is then offered in the model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="173"/>
        <source>Fine-tuning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="188"/>
        <source>ISSLIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="234"/>
        <source>&apos;{path}&apos; already exists: press &apos;Open review&apos; to continue its review, or choose a new corrections file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="239"/>
        <source>Detecting moving areas with {model}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="251"/>
        <source>{count} moving areas found: review them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="261"/>
        <source>Cancelled: nothing was added to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="269"/>
        <source>Open a review first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="274"/>
        <source>Fine-tuning {model} on the accepted and added areas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="283"/>
        <source>Fine-tuned on {count} areas: the model &apos;{name}&apos; is selected; run the detection again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="295"/>
        <source>Choose the corrections file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="325"/>
        <source>Review of &apos;{name}&apos; open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="84"/>
        <source>Diagnostics copied to the clipboard: paste them into your bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="179"/>
        <source>PyTorch {version} was not found: training, explanations and ECSPLAIN need it (the other models detect with ONNX Runtime). Install it with {menu}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideGroups</name>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="10"/>
        <source>Data preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="11"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="12"/>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="13"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="14"/>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideInputs</name>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="56"/>
        <source>Interferogram (wrapped phase or complex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="58"/>
        <source>Coherence [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="60"/>
        <source>Interferogram encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="85"/>
        <source>Shipped model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="89"/>
        <source>Checkpoint file (overrides the shipped model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="92"/>
        <source>Device (auto: CUDA when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="210"/>
        <source>{layer}: this raster is not a file (provider {provider}); save it as a GeoTIFF first (right-click &gt; Export &gt; Save As...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="261"/>
        <source>Cancelled: no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="89"/>
        <source>Models (*.pt *.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="108"/>
        <source>Inference backend (auto: ONNX Runtime when the model has an ONNX file, else PyTorch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="163"/>
        <source>BACKEND is &apos;torch&apos;; with &apos;auto&apos; or &apos;onnxruntime&apos; the segmenters run on ONNX Runtime, without PyTorch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="166"/>
        <source>The model {model} has no ONNX file (ECSPLAIN never has one: its maps need gradients). The shipped segmenters, e.g. {segmenter}, detect without PyTorch, on ONNX Runtime: choose one as the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="171"/>
        <source>This model also runs on ONNX Runtime, without PyTorch, but ONNX Runtime is not installed either: the same dialog installs it (&apos;Detection only&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="179"/>
        <source>Temporal baseline for velocities (days; empty: from the dates in the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/inputs.py" line="118"/>
        <source>ECSPLAIN: views of each tile averaged (empty: the model&apos;s, 8 for the shipped one; 1: about six times faster)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslidePlugin</name>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="36"/>
        <source>&amp;ISSLIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="50"/>
        <source>ISSLIDE detection and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="54"/>
        <source>Show or hide the ISSLIDE detection and review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="61"/>
        <source>Install dependencies…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideProvider</name>
    <message>
        <location filename="../isslide_qgis/processing/provider.py" line="86"/>
        <source>ISSLIDE: slow ground movements on InSAR interferograms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideResults</name>
    <message>
        <location filename="../isslide_qgis/gui/results.py" line="97"/>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/results.py" line="100"/>
        <source>The corrections layer of &apos;{path}&apos; cannot be opened: is the file a GeoPackage written by the review dock?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/results.py" line="103"/>
        <source>Class activation map ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/results.py" line="106"/>
        <source>Probability of movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/results.py" line="113"/>
        <source>ISSLIDE review: {name} ({model})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideReview</name>
    <message>
        <location filename="../isslide_qgis/core/review/vocabulary.py" line="25"/>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/vocabulary.py" line="26"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/vocabulary.py" line="27"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/review/vocabulary.py" line="28"/>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideTask</name>
    <message>
        <location filename="../isslide_qgis/gui/run_task.py" line="58"/>
        <source>{task} failed unexpectedly: {error}. This is a bug of the ISSLIDE plugin; the details are in the QGIS message log (tab ISSLIDE). Please report them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/run_task.py" line="80"/>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideTraining</name>
    <message>
        <location filename="../isslide_qgis/processing/training_outputs.py" line="22"/>
        <source>isslide checkpoint (*.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/training_outputs.py" line="25"/>
        <source>Training report (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/training_outputs.py" line="25"/>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideWorkflows</name>
    <message>
        <location filename="../isslide_qgis/processing/provider.py" line="22"/>
        <source>Detect, explain and vectorise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/provider.py" line="22"/>
        <source>A graphical model of the whole ISSLIDE chain on one interferogram: prepare the network&apos;s input channels, detect moving areas (probability of movement), explain the detection with a class activation map, then vectorise the probability into moving-area polygons at the detection&apos;s threshold (the model&apos;s own, from its card, unless you give one). Open it in the graphical modeler to adapt it, and save your copy under another name. From the command line, its outputs are named prepare:CHANNELS, detect:PROBABILITY, cam:CAM and vectorize:AREAS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../isslide_qgis/gui/model_combo.py" line="27"/>
        <source>Shipped models first, then the checkpoint files you added or fine-tuned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/model_combo.py" line="32"/>
        <source>Add a checkpoint file (.pt) made by the training algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/model_combo.py" line="49"/>
        <source>{name} (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/model_combo.py" line="84"/>
        <source>Choose a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/model_combo.py" line="84"/>
        <source>isslide checkpoint (*.pt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrepareChannels</name>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="33"/>
        <source>Prepare input channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="37"/>
        <source>Turns a wrapped interferogram and its coherence into the input channels of the networks, written as a float GeoTIFF on the interferogram&apos;s grid.
Conventions: coh_cos_sin = [coherence, cos(phase), sin(phase)] (the 2023 segmenters FCN, DeepLabV3, UNet, ResUNet, SepUNet); cohcos_cohsin = [coherence*cos(phase), coherence*sin(phase)] (ECSPLAIN).
The interferogram may be a phase in radians (one band), a complex band, two bands real/imaginary, or two bands cos/sin; the encoding is detected unless you choose it. Pixels whose coherence is below the threshold, and nodata pixels (swath borders, masked areas), are nodata in every channel. A coherence raster on another grid is resampled onto the interferogram&apos;s grid. A raster without CRS is treated as radar geometry: the output keeps its pixel grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="52"/>
        <source>Input convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="55"/>
        <source>Coherence threshold (below: nodata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="58"/>
        <source>Input channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="66"/>
        <source>The convention {name} needs a coherence raster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessStack</name>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="52"/>
        <source>Process a stack of interferograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="93"/>
        <source>Interferograms (files, or a folder to scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="96"/>
        <source>Pairs table (CSV; when names do not tell the dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="102"/>
        <source>Threshold (empty: the model&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="104"/>
        <source>Minimum area (m², pixels without CRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="106"/>
        <source>Dask scheduler address (empty: run here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="109"/>
        <source>Coherence threshold (tiles below are skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="112"/>
        <source>Share of an area with valid data for a pair to cover it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="114"/>
        <source>Tile overlap (pixels; empty: half a tile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="116"/>
        <source>Tiles per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="118"/>
        <source>CPU threads per pair (empty: all here, 1 per Dask task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="125"/>
        <source>Output folder (per-pair outputs; reuse it to resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="127"/>
        <source>Temporal consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="129"/>
        <source>Pairs processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="129"/>
        <source>Pairs already done (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="129"/>
        <source>Pairs failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="129"/>
        <source>Merged areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="138"/>
        <source>Give the interferograms (files or a folder) or a pairs table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="167"/>
        <source>Pair {name} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="170"/>
        <source>Pair {name}: {status}, {areas} areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="174"/>
        <source>{count} merged areas over {pairs} pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/process_stack.py" line="56"/>
        <source>Runs moving-area detection on every interferogram of a stack (an archive of 6, 12 and 18-day pairs) and tells which areas persist across pairs.
Interferograms: files, or a folder scanned with its sub-folders. Dates and coherence are read from the names of SNAP (Phase_ifg_IW2_VV_01Jan2020_13Jan2020.tif + coh_...), LiCSAR (20200101_20200113.geo.diff_pha.tif + .geo.cc.tif) and ISSLIDE (20200101_20200113/phase.tif + coherence.tif); other names need a pairs table, a CSV with columns interferogram, coherence, date_first, date_second.
Each pair&apos;s probability raster and moving areas go to &lt;output folder&gt;/&lt;pair&gt;/; a done-marker is written when both are complete. Running again with the same output folder skips the pairs already done (with the same inputs, model and settings) and redoes interrupted ones; a pair that fails is reported and the others go on (stack_manifest.json lists each pair&apos;s state and error).
Temporal consistency: the areas of all pairs are merged where they overlap; each merged area tells in how many pairs and at which baselines it was detected, how many pairs cover it with valid data, its persistence (detected / covering pairs) and a consistency-weighted score: the highest, over the baselines b, of the median maximum probability of the covering pairs at least b days long. Movement grows with the baseline and persists; one date&apos;s atmosphere shows in few pairs.
Kinematics: each merged area is measured in every pair covering it (LOS displacement of the unwrapped phase against a ring of ground around it). Its velocity class is decided from the pairs where it reaches a quarter fringe and stays coherent without aliasing (kin_from_days to kin_to_days): vel_los_cm_yr is their median velocity (cm/yr, positive towards the satellite), vel_class its class (&lt;1, 1-3, 3-10, 10-30, 30-100, 100-300, &gt;300 cm/yr, or undefined); vel_median_cm_yr and vel_spread_cm_yr are the median and interquartile range of every pair&apos;s velocity; kin_reliability drops when few pairs count, when they disagree, or when the median&apos;s class differs. A second style, &apos;velocity class&apos;, colours the areas by class (Layer Properties &gt; Style). The class is from the LOS velocity, not projected onto the slope.
Scheduler: the address of a Dask scheduler (e.g. tcp://host:8786) runs each pair as a task on the cluster (dask.distributed needed; the workers must see the files at the same paths and have the plugin and torch); empty: pairs run here, one after the other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="66"/>
        <source>No review open: run a detection or open a corrections file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="77"/>
        <source>Comment on this area (saved at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="102"/>
        <source>{action} (key {key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="118"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="118"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="118"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="118"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="118"/>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="118"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="135"/>
        <source>Edit the corrections layer (QGIS&apos; digitizing tools: reshape, split, merge, delete, add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="137"/>
        <source>Draw a missing moving area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="138"/>
        <source>Move the vertices of an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="139"/>
        <source>Split an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="140"/>
        <source>Delete the selected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="141"/>
        <source>Undo the last geometry edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="142"/>
        <source>Redo the last undone geometry edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="143"/>
        <source>Save the geometry edits (statuses and comments are saved at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="217"/>
        <source>Select an area first (Next / Previous or the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_panel.py" line="285"/>
        <source>{reviewed} of {count} areas reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="96"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="96"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="96"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="96"/>
        <source>Coherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="96"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="120"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="127"/>
        <source>{value:.0f} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="128"/>
        <source>{value:.2f} ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="96"/>
        <source>Velocity (cm/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="140"/>
        <source>No LOS velocity (reliability: {reliability})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/review_table.py" line="142"/>
        <source>LOS velocity {value:.1f} cm/yr (+ towards the satellite), reliability: {reliability}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundTripTask</name>
    <message>
        <location filename="../isslide_qgis/gui/round_trip.py" line="30"/>
        <source>ISSLIDE fine-tuning on the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/round_trip.py" line="41"/>
        <source>Cannot create the training folder &apos;{path}&apos;: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/round_trip.py" line="69"/>
        <source>The session&apos;s model &apos;{path}&apos; is missing: choose another model and run the detection again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="51"/>
        <source>Python packages folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="64"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="73"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="74"/>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="80"/>
        <source>Default folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="81"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="83"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="84"/>
        <source>Geometry edits are saved this often (statuses and comments are saved at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="87"/>
        <source>Auto-save every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="90"/>
        <source>your login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="92"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="69"/>
        <source>auto: ONNX Runtime when it is installed and the model has an ONNX file, else PyTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="72"/>
        <source>Inference backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="46"/>
        <source>Folder of extra Python packages (torch, ONNX Runtime) for QGIS' Python, set by Install dependencies… or by hand; restart QGIS after changing it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="53"/>
        <source>Install dependencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/settings_panel.py" line="56"/>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulateScene</name>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="64"/>
        <source>Simulate interferogram scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="68"/>
        <source>Simulates a Sentinel-1 wrapped interferogram with known moving areas, for training, testing and learning the tool.
Physics: C-band wavelength 5.5466 cm (one fringe = 2.77 cm of line-of-sight motion); moving bodies (rock glaciers, landslides) of 0.05-0.5 km2 whose displacement scales with the temporal baseline; turbulent (power law, 8/3) and stratified (height-dependent) troposphere on an alpine DEM; orbital ramp; decorrelation noise drawn from the coherence and the number of looks; the Goldstein filter of the ISSLIDE processing; incoherent zones (forest, snow, steep slopes); atmospheric blobs that look like movement but are not (decoys); swath borders and holes as nodata.
Outputs: phase (radians), coherence, truth mask, moving-area polygons, DEM and a SPOT-like optical image at a finer resolution. The same seed gives the same files. &apos;Varied configuration&apos; draws the CRS, baseline, atmosphere, noise and nodata layout from the seed, as for training data; the size is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="86"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="88"/>
        <source>Size (pixels a side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="91"/>
        <source>Temporal baseline (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="94"/>
        <source>CRS (ISSLIDE: EPSG:4326; UTM 32N: EPSG:32632)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="97"/>
        <source>Radar geometry (no CRS, pixel grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="100"/>
        <source>Atmospheric decoys only (no moving area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="103"/>
        <source>Atmosphere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="106"/>
        <source>Nodata layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="109"/>
        <source>Goldstein filter (as in ISSLIDE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="111"/>
        <source>Varied configuration drawn from the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="114"/>
        <source>Wrapped phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="116"/>
        <source>Coherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="118"/>
        <source>Truth mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="120"/>
        <source>Moving areas (truth polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="122"/>
        <source>DEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="124"/>
        <source>Optical image (SPOT-like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="169"/>
        <source>Simulating a {h} x {w} scene, {days}-day baseline, CRS {crs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="169"/>
        <source>none (radar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="189"/>
        <source>{bodies} moving areas, {decoys} atmospheric decoys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainModel</name>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="44"/>
        <source>Train model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="63"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="66"/>
        <source>Training dataset (ISSLIDE layout folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="69"/>
        <source>Simulated training scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="71"/>
        <source>Test zone (papers&apos; split; empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="73"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="75"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="77"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="79"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="81"/>
        <source>ECSPLAIN: weight of the CAM constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="83"/>
        <source>ECSPLAIN: CAM method of the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="86"/>
        <source>Trained checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="106"/>
        <source>Trained model written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/train_model.py" line="48"/>
        <source>Trains one of the networks of the ISSLIDE/ECSPLAIN papers from scratch and writes a checkpoint (model card + weights) usable by detection, explanation and fine-tuning, and optionally an HTML training report (loss per epoch, curves on the validation patches).
Data: an ISSLIDE-layout dataset folder (from &apos;Extract training patches&apos;) and/or a number of simulated training scenes. With a test zone, the papers&apos; split is used and the zone&apos;s late dates stay unseen; a quarter of the interferograms chooses the thresholds (else 0.5).
ECSPLAIN: the loss adds the class-activation-map constraint (weight W_SEGM; 0 trains a plain classifier) with the chosen CAM method. Paper-size networks are slow on a CPU: the compact variants (_w8, _w16) train in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorizeProbability</name>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="46"/>
        <source>Vectorise probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="50"/>
        <source>Turns a probability-of-movement raster (from 'Detect moving areas') into one polygon per moving area: pixels strictly above the threshold, 8-connected, areas smaller than the minimum dropped (m²; pixels when the raster has no CRS), optionally simplified (tolerance in pixels) and smoothed. Attributes: id (by decreasing maximum probability), maximum and mean probability, area (on the ellipsoid for lat/lon), mean coherence when a coherence raster is given, interferogram name, baseline and dates, and a review status for the review dock. Large rasters are processed in strips; an area crossing strips stays one polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="69"/>
        <source>Probability raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="71"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="73"/>
        <source>Minimum area (m², pixels without CRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="75"/>
        <source>Coherence (for the mean coherence attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="78"/>
        <source>Simplification tolerance (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="80"/>
        <source>Smooth outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="82"/>
        <source>Interferogram name (dates, e.g. 20200701_20200707)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="89"/>
        <source>Moving areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="91"/>
        <source>Moving areas found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="59"/>
        <source>Given the interferogram the probability was computed from (same grid), each area also gets its kinematics, as in &apos;Detect moving areas&apos;: disp_los_cm (LOS, cm, positive towards the satellite), disp_los_median_cm, fringes, vel_los_cm_yr (over the interval from Temporal baseline, the interferogram&apos;s name or the Interferogram name), vel_class (cm/yr) and kin_reliability. Without it these fields are empty, the class undefined and the reliability low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/vectorize_probability.py" line="85"/>
        <source>Interferogram (wrapped phase, for the kinematics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
