<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- isslide_qgis: default style of the "temporal_consistency" layer (QGIS 3.22).
     Areas merged across the pairs of a stack, graduated by their consistency-weighted score
     (light orange: seen in few pairs, dark red: persistent movement), lightly filled; each
     area is labelled "detected/covered" pairs. -->
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling" labelsEnabled="1">
  <renderer-v2 type="graduatedSymbol" attr="score" graduatedMethod="GraduatedColor" forceraster="0" symbollevels="0" enableorderby="0" referencescale="-1">
    <ranges>
      <range render="true" symbol="0" lower="0.000000" upper="0.250000" label="0 – 0.25 (seen once or twice)"/>
      <range render="true" symbol="1" lower="0.250000" upper="0.500000" label="0.25 – 0.5"/>
      <range render="true" symbol="2" lower="0.500000" upper="0.750000" label="0.5 – 0.75"/>
      <range render="true" symbol="3" lower="0.750000" upper="1.000000" label="0.75 – 1 (persistent)"/>
    </ranges>
    <symbols>
      <symbol type="fill" name="0" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="style" v="solid"/>
          <prop k="color" v="253,204,138,60"/>
          <prop k="outline_color" v="253,204,138,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="joinstyle" v="round"/>
        </layer>
      </symbol>
      <symbol type="fill" name="1" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="style" v="solid"/>
          <prop k="color" v="252,141,89,60"/>
          <prop k="outline_color" v="252,141,89,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="joinstyle" v="round"/>
        </layer>
      </symbol>
      <symbol type="fill" name="2" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="style" v="solid"/>
          <prop k="color" v="227,74,51,60"/>
          <prop k="outline_color" v="227,74,51,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="joinstyle" v="round"/>
        </layer>
      </symbol>
      <symbol type="fill" name="3" alpha="1" clip_to_extent="1" force_rhr="0">
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <prop k="style" v="solid"/>
          <prop k="color" v="179,0,0,60"/>
          <prop k="outline_color" v="179,0,0,255"/>
          <prop k="outline_style" v="solid"/>
          <prop k="outline_width" v="0.8"/>
          <prop k="outline_width_unit" v="MM"/>
          <prop k="joinstyle" v="round"/>
        </layer>
      </symbol>
    </symbols>
    <classificationMethod id="Fixed">
      <symmetricMode enabled="0" symmetrypoint="0" astride="0"/>
      <labelFormat format="%1 - %2" labelprecision="2" trimtrailingzeroes="1"/>
    </classificationMethod>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style fieldName="concat(&quot;n_detected&quot;, '/', &quot;n_covered&quot;)" isExpression="1" fontSize="9" fontSizeUnit="Point" fontWeight="75" namedStyle="Bold" textColor="0,0,0,255" textOpacity="1">
        <text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="0.85" bufferNoFill="1" bufferJoinStyle="128"/>
      </text-style>
      <placement placement="1" centroidInside="1" centroidWhole="0" fitInPolygonOnly="0"/>
      <rendering obstacle="1" upsidedownLabels="0" scaleVisibility="0" displayAll="0"/>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
</qgis>
